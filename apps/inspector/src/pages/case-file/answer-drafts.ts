// Each question's answer on the case-file page: what it shows (the local draft, the queued one, a conflict's or the
// saved answer), its save state, and editing, queuing and taking the other version of it.
import { saveQueue } from '../../app-client.ts';
import type { SaveState } from '../../components/QuestionField.tsx';
import type { QueueSnapshot } from '../../saving/save-queue.ts';
import { questionKey, type AnswerDraft, type KnownAnswer, type SaveConflict } from '../../saving/queue-state.ts';
import { EMPTY_DRAFT, canSave, edited, isSuperseded, normalise, sameAnswer, seenVersion } from '../../saving/drafts.ts';
import { isAssessed } from '../case-file-model.ts';
import type { DraftStore } from './use-draft-store.ts';

interface AnsweredFile {
  id: string;
  reference: string;
  answers: readonly {
    measureKey: string;
    value: string;
    reason?: string | null;
    comment?: string | null;
    version: number;
  }[];
  questions: readonly { measureKey: string; text: string }[];
}

export function answerDrafts(file: AnsweredFile, queue: QueueSnapshot, store: DraftStore) {
  const { drafts, rerender, setReasonMissing, timers, commitRef, persistDrafts } = store;
  const serverAnswers = new Map(file.answers.map((a) => [a.measureKey, a]));
  const fileId = file.id;
  const same = (measureKey: string) => (item: { caseFileId: string; measureKey: string }) =>
    questionKey(item.caseFileId, item.measureKey) === questionKey(fileId, measureKey);
  /** The newest answer this tab knows the server holds: loaded with the page, or acknowledged in any tab. */
  const knownOf = (measureKey: string): KnownAnswer | null => {
    const server = serverAnswers.get(measureKey);
    const latest = queue.state.latest[questionKey(fileId, measureKey)];
    if (server && (!latest || server.version >= latest.version))
      return {
        value: server.value,
        reason: server.reason ?? null,
        comment: server.comment ?? null,
        version: server.version,
      };
    return latest ?? null;
  };
  const draftOf = (measureKey: string): AnswerDraft => {
    const local = drafts.current[measureKey];
    const known = knownOf(measureKey);
    if (local && !isSuperseded(local, known)) return local.draft;
    const queued = queue.state.entries.filter(same(measureKey)).at(-1);
    if (queued) return { value: queued.value, reason: queued.reason, comment: queued.comment };
    const problem = queue.state.conflicts.find(same(measureKey)) ?? queue.state.refusals.find(same(measureKey));
    if (problem) return problem.mine;
    return known ? { value: known.value, reason: known.reason, comment: known.comment } : EMPTY_DRAFT;
  };

  const stateOf = (measureKey: string): SaveState => {
    const key = questionKey(file.id, measureKey);
    if (queue.state.conflicts.some(same(measureKey))) return 'conflict';
    if (queue.state.refusals.some(same(measureKey))) return 'refused';
    if (queue.state.entries.some(same(measureKey))) return queue.connection === 'ok' ? 'saving' : 'retrying';
    const draft = draftOf(measureKey);
    if (!draft.value) return 'none';
    if (!isAssessed(draft)) return 'needs-reason';
    const local = drafts.current[measureKey];
    if (local?.pending && !isSuperseded(local, knownOf(measureKey))) return 'unsaved';
    return serverAnswers.has(measureKey) || queue.state.versions[key] !== undefined ? 'saved' : 'none';
  };

  const questionText = new Map(file.questions.map((q) => [q.measureKey, q.text]));
  const setDraft = (measureKey: string, draft: AnswerDraft) => {
    drafts.current = {
      ...drafts.current,
      [measureKey]: edited(drafts.current[measureKey], knownOf(measureKey), draft),
    };
    persistDrafts();
    rerender();
  };
  const setMissing = (measureKey: string, missing: boolean) =>
    setReasonMissing((current) => {
      if (current.has(measureKey) === missing) return current;
      const next = new Set(current);
      if (missing) next.add(measureKey);
      else next.delete(measureKey);
      return next;
    });
  /** Queues the question's draft, carrying the version this tab showed; "Not applicable" needs its reason first. */
  const commit = (measureKey: string, flagMissing: boolean) => {
    const timer = timers.current.get(measureKey);
    if (timer) clearTimeout(timer);
    timers.current.delete(measureKey);
    const local = drafts.current[measureKey];
    if (!local || !local.pending) return;
    if (!canSave(local.draft)) {
      if (flagMissing && local.draft.value) setMissing(measureKey, true);
      return;
    }
    setMissing(measureKey, false);
    const known = knownOf(measureKey);
    drafts.current = { ...drafts.current, [measureKey]: { ...local, pending: false } };
    persistDrafts();
    rerender();
    // Already the saved answer, and nothing else of this question on its way.
    if (known && sameAnswer(known, local.draft) && !queue.state.entries.some(same(measureKey))) return;
    saveQueue.save(fileId, measureKey, normalise(local.draft), seenVersion(local, known), {
      caseFile: file.reference,
      question: questionText.get(measureKey) ?? measureKey,
    });
  };
  commitRef.current = commit;
  const saveSoon = (measureKey: string, delay: number) => {
    const timer = timers.current.get(measureKey);
    if (timer) clearTimeout(timer);
    timers.current.set(
      measureKey,
      setTimeout(() => {
        timers.current.delete(measureKey);
        commitRef.current(measureKey, true);
      }, delay),
    );
  };
  const takeTheirs = (conflict: SaveConflict) => {
    const { value, reason, comment, version } = conflict.theirs;
    drafts.current = {
      ...drafts.current,
      [conflict.measureKey]: { draft: { value, reason, comment }, seen: version, pending: false },
    };
    persistDrafts();
    saveQueue.takeTheirs(conflict.caseFileId, conflict.measureKey);
  };

  return { same, draftOf, stateOf, setDraft, commit, saveSoon, takeTheirs };
}

export type AnswerDrafts = ReturnType<typeof answerDrafts>;
