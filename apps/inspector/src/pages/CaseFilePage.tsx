// The case-file assessment page: the file's facts, then the framework's questions by criterion. Answers save
// themselves through the unsent-answers queue; the page shows each one's state and the file's progress.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { saveQueue } from '../app-client.ts';
import { QuestionField, fieldId, type AnswerOption, type SaveState } from '../components/QuestionField.tsx';
import { useSaveQueue } from '../components/use-save-queue.ts';
import { CaseFileFrameworkQuery, CaseFileQuery, FrameworksQuery } from '../documents.ts';
import { fileStatusLabel, humanise, riskLabel } from '../labels.ts';
import { Link } from '../routing/router.tsx';
import { questionKey, type AnswerDraft, type KnownAnswer, type SaveConflict } from '../saving/queue-state.ts';
import {
  EMPTY_DRAFT,
  canSave,
  edited,
  isSuperseded,
  normalise,
  parseDrafts,
  sameAnswer,
  seenVersion,
  type LocalDraft,
} from '../saving/drafts.ts';
import {
  answerSetSources,
  groupByCriterion,
  isAsked,
  isAssessed,
  isDerived,
  type QueryProgress,
} from './case-file-model.ts';

interface Viewer {
  id: string;
  name: string;
  role: string;
}

/** A comment or reason is saved once typing pauses this long; an arrow-key choice once it has rested this long. */
const TYPING_PAUSE_MS = 800;
const CHOICE_SETTLE_MS = 1200;

const draftsKey = (userId: string, caseFileId: string) => `scrutiny.inspector.drafts.v1.${userId}|${caseFileId}`;

export function CaseFilePage({ id, viewer }: { id: string; viewer: Viewer }) {
  const [fileResult, refetchFile] = useQuery({
    query: CaseFileQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [frameworkResult, refetchFramework] = useQuery({ query: CaseFileFrameworkQuery, variables: { id } });
  const [frameworksResult, refetchFrameworks] = useQuery({ query: FrameworksQuery });
  const queue = useSaveQueue();
  // Drafts not yet queued are kept in localStorage (per person and file): a reload or a closed tab loses nothing.
  const storageKey = draftsKey(viewer.id, id);
  const [initialDrafts] = useState(() => parseDrafts(localStorage.getItem(storageKey)));
  const drafts = useRef<Record<string, LocalDraft>>(initialDrafts);
  const [, setRendered] = useState(0);
  const rerender = () => setRendered((n) => n + 1);
  const [reasonMissing, setReasonMissing] = useState<ReadonlySet<string>>(new Set());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const commitRef = useRef<(measureKey: string, flagMissing: boolean) => void>(() => {});
  const file = fileResult.data?.caseFile ?? null;

  // Drafts a reload or a closed tab left pending are queued once the file (and its saved answers) has loaded.
  const loaded = file !== null;
  useEffect(() => {
    if (!loaded) return;
    for (const [measureKey, local] of Object.entries(drafts.current))
      if (local.pending) commitRef.current(measureKey, false);
  }, [loaded]);

  const persistDrafts = useCallback(() => {
    const pending = Object.fromEntries(Object.entries(drafts.current).filter(([, d]) => d.pending));
    try {
      if (Object.keys(pending).length === 0) localStorage.removeItem(storageKey);
      else localStorage.setItem(storageKey, JSON.stringify(pending));
    } catch {
      // Storage blocked: the draft lives while the page does.
    }
  }, [storageKey]);

  // Leaving the page (another page of the app, a reload, a closed tab): what waits for a pause is queued now.
  useEffect(() => {
    const pendingTimers = timers.current;
    const flush = () => {
      for (const [measureKey, timer] of pendingTimers) {
        clearTimeout(timer);
        commitRef.current(measureKey, false);
      }
      pendingTimers.clear();
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  useEffect(() => {
    document.title = `${file ? `Case file ${file.reference}` : 'Case file'} – Scrutiny`;
  }, [file]);

  // The file's own framework when its inspection may be read; otherwise the frameworks' answer sets by key.
  const fileNode = frameworkResult.data?.node;
  const inspection = fileNode && 'inspection' in fileNode ? fileNode.inspection : undefined;
  const own = progressOf(frameworkResult, () => inspection?.framework);
  const all = progressOf(frameworksResult, (data) => data.frameworks);
  const sources = answerSetSources(own, all);
  const answerSets = new Map<string, AnswerOption[]>();
  const criterionTitles = new Map<string, string>();
  for (const source of sources ?? []) {
    for (const set of source.answerSets) if (!answerSets.has(set.key)) answerSets.set(set.key, [...set.options]);
    for (const c of source.criteria) if (!criterionTitles.has(c.code)) criterionTitles.set(c.code, c.title);
  }

  // While the file or its questions' options cannot be loaded (no connection), try again every few seconds.
  const unreachable = Boolean(fileResult.error?.networkError) && !file;
  const optionsUnreachable = !sources && (own.unreachable || all.unreachable);
  useEffect(() => {
    if (!unreachable && !optionsUnreachable) return;
    const timer = setInterval(() => {
      if (unreachable) refetchFile({ requestPolicy: 'network-only' });
      if (own.unreachable) refetchFramework({ requestPolicy: 'network-only' });
      if (all.unreachable) refetchFrameworks({ requestPolicy: 'network-only' });
    }, 3000);
    return () => clearInterval(timer);
  }, [
    unreachable,
    optionsUnreachable,
    own.unreachable,
    all.unreachable,
    refetchFile,
    refetchFramework,
    refetchFrameworks,
  ]);

  if (!file) {
    if (fileResult.fetching || (!fileResult.data && !fileResult.error)) return <p className="govuk-body">Loading…</p>;
    if (unreachable)
      return (
        <>
          <h1 className="govuk-heading-l">Case file</h1>
          <p className="govuk-body">
            Scrutiny cannot be reached just now. Answers you have given are kept on this device and are sent when the
            connection returns; this page will load by itself.
          </p>
        </>
      );
    return (
      <>
        <h1 className="govuk-heading-l">Case file not found</h1>
        <p className="govuk-body">It does not exist, or it is not assigned to you.</p>
        <p className="govuk-body">
          <Link to="/">Back to your case files</Link>
        </p>
      </>
    );
  }

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
  const submitted = file.status === 'SUBMITTED' || file.status === 'VALIDATED';
  const readOnly = submitted && viewer.role === 'AREA_ASSESSOR';

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

  const asked = file.questions.filter(isAsked);
  const assessed = asked.filter((q) => isDerived(q) || isAssessed(draftOf(q.measureKey))).length;
  const unsentHere = queue.state.entries.filter((e) => e.caseFileId === file.id).length;

  return (
    <>
      <span className="govuk-caption-l">{inspection?.title ?? 'Case file'}</span>
      <h1 className="govuk-heading-l">Case file {file.reference}</h1>
      <p className="govuk-body">
        <Link to="/">Back to my case files</Link>
      </p>
      {sources ? (
        <p className="govuk-body-l" data-testid="assessment-progress">
          {assessed} of {asked.length} questions assessed
          {file.questions.length > asked.length
            ? ` (${file.questions.length - asked.length} do not apply to this case)`
            : ''}
        </p>
      ) : null}
      {readOnly ? (
        <div className="govuk-inset-text">
          This case file has been submitted. Ask an inspector if an answer needs to change.
        </div>
      ) : null}
      <Facts file={file} />
      {sources ? null : (
        <p className="govuk-body" role="status">
          {optionsUnreachable
            ? 'Scrutiny cannot be reached just now, so the questions cannot be shown. Answers you have given are kept on this device; the questions will load by themselves.'
            : 'Loading the questions…'}
        </p>
      )}
      {sources
        ? groupByCriterion(file.questions).map(([criterion, questions]) => (
            <section key={criterion} aria-labelledby={`criterion-${criterion}`} className="govuk-!-margin-bottom-6">
              <h2 className="govuk-heading-m" id={`criterion-${criterion}`}>
                {criterion} {criterionTitles.get(criterion) ?? ''}
              </h2>
              {questions.map((q) => {
                if (!isAsked(q))
                  return (
                    <div className="app-question" key={q.measureKey} id={fieldId(q.measureKey)}>
                      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{q.text}</p>
                      <p className="govuk-body-s govuk-!-margin-bottom-0">
                        <strong className="govuk-tag govuk-tag--grey">Does not apply to this case</strong> Not asked:
                        the case’s facts put it outside this question.
                      </p>
                    </div>
                  );
                if (isDerived(q))
                  return (
                    <div className="app-question" key={q.measureKey} id={fieldId(q.measureKey)}>
                      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{q.text}</p>
                      <p className="govuk-body-s govuk-!-margin-bottom-0">
                        <strong className="govuk-tag govuk-tag--blue">{q.derivedHolds ? 'Met' : 'Not met'}</strong>{' '}
                        Answered from the case’s dates: {q.derivation}
                      </p>
                    </div>
                  );
                return (
                  <QuestionField
                    key={q.measureKey}
                    caseFileId={file.id}
                    measureKey={q.measureKey}
                    text={q.text}
                    derivation={q.derivation}
                    derivationSettled={q.derivedHolds !== null}
                    prompts={q.prompts}
                    options={answerSets.get(q.answerSet) ?? []}
                    draft={draftOf(q.measureKey)}
                    saveState={stateOf(q.measureKey)}
                    conflict={queue.state.conflicts.find(same(q.measureKey))}
                    refusal={queue.state.refusals.find(same(q.measureKey))}
                    readOnly={readOnly}
                    viewerName={viewer.name}
                    reasonMissing={reasonMissing.has(q.measureKey)}
                    onDraft={(draft) => setDraft(q.measureKey, draft)}
                    onSave={(draft) => {
                      setDraft(q.measureKey, draft);
                      commit(q.measureKey, true);
                    }}
                    onSaveSoon={(draft, settle) => {
                      setDraft(q.measureKey, draft);
                      saveSoon(q.measureKey, settle === 'choice' ? CHOICE_SETTLE_MS : TYPING_PAUSE_MS);
                    }}
                    onTakeTheirs={takeTheirs}
                  />
                );
              })}
            </section>
          ))
        : null}
      {readOnly || !sources ? null : (
        <SubmitSection caseFileId={file.id} unsent={unsentHere} assessed={assessed} asked={asked.length} />
      )}
    </>
  );
}

/** What the page decides on from a query's result: its data, whether the server answered, whether to retry. */
function progressOf<D, T>(
  result: { data?: D; error?: CombinedError; fetching: boolean },
  pick: (data: D) => T | undefined,
): QueryProgress<T> {
  const unreachable = Boolean(result.error?.networkError);
  return {
    data: result.data ? pick(result.data) : undefined,
    unreachable,
    answered: !result.fetching && (result.data !== undefined || (result.error !== undefined && !unreachable)),
  };
}

interface FactsFile {
  officer: string | null;
  status: string;
  facts: {
    reference: string;
    orderType: string;
    riskOfHarm: string;
    mappaCategory: number | null;
    mappaLevel: number | null;
    district: string | null;
    sex: string | null;
    dates: readonly { name: string; date: string }[];
    reviewDates: readonly string[];
    flags: readonly { name: string; value: boolean }[];
  };
}

export function Facts({ file }: { file: FactsFile }) {
  const { facts } = file;
  const rows: [string, string][] = [
    ['Status', fileStatusLabel(file.status)],
    ['Order or licence', facts.orderType],
    ['Risk of harm', riskLabel(facts.riskOfHarm)],
    ['MAPPA', facts.mappaCategory ? `Category ${facts.mappaCategory}, level ${facts.mappaLevel ?? '–'}` : 'Not MAPPA'],
    ['District', facts.district ?? '–'],
    ['Responsible officer', file.officer ?? '–'],
    ...facts.dates.map((d): [string, string] => [humanise(d.name), d.date]),
    ['Reviews', facts.reviewDates.length ? facts.reviewDates.join(', ') : 'None recorded'],
    ...facts.flags.map((f): [string, string] => [humanise(f.name), f.value ? 'Yes' : 'No']),
  ];
  return (
    <details className="govuk-details" open>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Facts of the case</span>
      </summary>
      <div className="govuk-details__text">
        <dl className="govuk-summary-list govuk-!-margin-bottom-0">
          {rows.map(([key, value]) => (
            <div className="govuk-summary-list__row" key={key}>
              <dt className="govuk-summary-list__key">{key}</dt>
              <dd className="govuk-summary-list__value">{value}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}

/** Submitting goes through "Check your answers" (confirm/CheckAnswersPage.tsx): never one click from here. */
function SubmitSection(props: { caseFileId: string; unsent: number; assessed: number; asked: number }) {
  return (
    <section aria-labelledby="submit-heading" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-m" id="submit-heading">
        Submit the case file
      </h2>
      <p className="govuk-body">
        {props.assessed} of {props.asked} questions assessed.
      </p>
      {props.unsent > 0 ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Some answers on this file are still waiting to be sent: submit it once every answer is saved.
          </strong>
        </div>
      ) : null}
      <Link className="govuk-button" to={`/case-files/${encodeURIComponent(props.caseFileId)}/check`}>
        Check your answers
      </Link>
    </section>
  );
}
