// What the assessment page derives from the case file, its answers and the unsent queue: which questions are
// asked, what each one's answer currently is on this device, and how far the assessment has got.
import { NOT_APPLICABLE_VALUE } from '../answers.ts';
import { questionKey, type AnswerDraft, type QueueState } from '../saving/queue-state.ts';

export interface QuestionLike {
  measureKey: string;
  criterion: string;
  status: string;
  value: string | null;
  derivation: string | null;
  derivedHolds: boolean | null;
}

export interface ServerAnswer {
  measureKey: string;
  value: string;
  reason: string | null;
  comment: string | null;
  version: number;
}

/** A question answered by the case's dates alone: shown with its derivation, not asked. */
export function isDerived(question: QuestionLike): boolean {
  return (
    question.value === null &&
    question.derivedHolds !== null &&
    (question.status === 'MET' || question.status === 'NOT_MET')
  );
}

export function isAsked(question: QuestionLike): boolean {
  return question.status !== 'NOT_ASKED';
}

/**
 * The answer this device shows: the newest unsent save, else the user's side of a conflict or refusal,
 * else what the server holds.
 */
export function currentDraft(
  queue: QueueState,
  caseFileId: string,
  measureKey: string,
  server: ServerAnswer | undefined,
): AnswerDraft {
  const key = questionKey(caseFileId, measureKey);
  const same = (item: { caseFileId: string; measureKey: string }) =>
    questionKey(item.caseFileId, item.measureKey) === key;
  const queued = queue.entries.filter(same).at(-1);
  if (queued) return { value: queued.value, reason: queued.reason, comment: queued.comment };
  const conflict = queue.conflicts.find(same);
  if (conflict) return conflict.mine;
  const refusal = queue.refusals.find(same);
  if (refusal) return refusal.mine;
  if (server) return { value: server.value, reason: server.reason, comment: server.comment };
  return { value: '', reason: null, comment: null };
}

/** Assessed means answered, or judged not applicable with a reason; it says nothing of whether the answer is good. */
export function isAssessed(draft: AnswerDraft): boolean {
  if (!draft.value) return false;
  return draft.value !== NOT_APPLICABLE_VALUE || Boolean(draft.reason?.trim());
}

export function groupByCriterion<Q extends { criterion: string }>(questions: readonly Q[]): [string, Q[]][] {
  const groups = new Map<string, Q[]>();
  for (const question of questions) {
    const group = groups.get(question.criterion);
    if (group) group.push(question);
    else groups.set(question.criterion, [question]);
  }
  return [...groups];
}

/** How far a query has got: what urql's result says, reduced to what the page decides on. */
export interface QueryProgress<T> {
  data: T | undefined;
  /** The request did not reach the server, or its reply did not come back: worth trying again. */
  unreachable: boolean;
  /** The server answered, with data or with an error. */
  answered: boolean;
}

/**
 * Where the questions' answer options come from: the file's own framework; or, when the server has said the
 * file's inspection may not be read by this person, every framework's. Null while that is not yet known, so
 * that no question is shown with options that are not its own (a saved answer would look unanswered).
 */
export function answerSetSources<F>(own: QueryProgress<F>, all: QueryProgress<readonly F[]>): readonly F[] | null {
  if (own.data) return [own.data];
  if (!own.answered || !all.data) return null;
  return all.data;
}
