// The unsent-answers queue as plain data and pure transitions, so the rules that keep answers from being lost
// (never replace a save that may have reached the server; drop an entry only when the server has answered it)
// are testable without a browser. A queue holds one person's answers: it is stored under their user id and sent
// only under their session (save-queue.ts).

export interface AnswerDraft {
  value: string;
  reason: string | null;
  comment: string | null;
}

export interface QueuedSave extends AnswerDraft {
  /** Sent as clientMutationId: every retry of this save carries it, so the server applies it at most once. */
  id: string;
  caseFileId: string;
  measureKey: string;
  /** The answer's version the user was looking at when answering; null when they saw no answer. */
  baseVersion: number | null;
  /**
   * An earlier save of the same question still queued when this one was given: this one builds on the version
   * that save is acknowledged with, not on what another tab or device saved meanwhile.
   */
  follows?: string | null;
  /** What the sync page shows for the save: the case file's reference and the question. */
  label?: SaveLabel;
  /** Fixed at the first attempt: a retry repeats exactly what may already have been applied. */
  sentVersion?: number | null;
  attempted: boolean;
  queuedAt: string;
}

export interface SaveLabel {
  caseFile: string;
  question: string;
}

/** An answer the server holds, as last acknowledged to any tab of this browser for this person. */
export interface KnownAnswer extends AnswerDraft {
  version: number;
}

export interface TheirAnswer extends AnswerDraft {
  version: number;
  answeredBy: string;
  updatedAt: string;
}

export interface SaveConflict {
  caseFileId: string;
  measureKey: string;
  label?: SaveLabel;
  mine: AnswerDraft;
  theirs: TheirAnswer;
}

export interface SaveRefusal {
  caseFileId: string;
  measureKey: string;
  label?: SaveLabel;
  mine: AnswerDraft;
  message: string;
}

export interface QueueState {
  entries: QueuedSave[];
  conflicts: SaveConflict[];
  refusals: SaveRefusal[];
  /** Versions the server acknowledged, by question key (shown as saved). */
  versions: Record<string, number>;
  /**
   * The answers the server acknowledged, by question key: every tab shows the newest it knows, and a save
   * carries the version its tab showed, so a tab that missed a change gets a conflict, never an overwrite.
   */
  latest: Record<string, KnownAnswer>;
}

export type SaveOutcome =
  { kind: 'saved'; version: number } | { kind: 'conflict'; theirs: TheirAnswer } | { kind: 'refused'; message: string };

export const emptyQueue: QueueState = { entries: [], conflicts: [], refusals: [], versions: {}, latest: {} };

export function questionKey(caseFileId: string, measureKey: string): string {
  return `${caseFileId}|${measureKey}`;
}

const keyOf = (item: { caseFileId: string; measureKey: string }) => questionKey(item.caseFileId, item.measureKey);

export interface NewSave {
  id: string;
  caseFileId: string;
  measureKey: string;
  draft: AnswerDraft;
  baseVersion: number | null;
  queuedAt: string;
  label?: SaveLabel;
}

/**
 * Queues an answer. An earlier save of the same question that was never sent is replaced (only the latest
 * answer matters); one already attempted stays, because it may have been applied and its acknowledgement
 * gives the version the new save must build on.
 */
export function enqueue(state: QueueState, save: NewSave): QueueState {
  const key = keyOf(save);
  const replaced = state.entries.find((e) => !e.attempted && keyOf(e) === key);
  const entries = state.entries.filter((e) => e.attempted || keyOf(e) !== key);
  const earlier = entries.filter((e) => keyOf(e) === key).at(-1);
  entries.push({
    id: save.id,
    caseFileId: save.caseFileId,
    measureKey: save.measureKey,
    ...save.draft,
    // Replacing an unsent save keeps what that one was built on.
    baseVersion: replaced ? replaced.baseVersion : save.baseVersion,
    follows: earlier ? earlier.id : replaced ? (replaced.follows ?? null) : null,
    attempted: false,
    queuedAt: save.queuedAt,
    ...(save.label ? { label: save.label } : {}),
  });
  return {
    ...state,
    entries,
    conflicts: state.conflicts.filter((c) => keyOf(c) !== key),
    refusals: state.refusals.filter((r) => keyOf(r) !== key),
  };
}

/**
 * The version a save is sent with: the one its author saw (or, after an earlier save of theirs in this queue, the
 * version that save was acknowledged with). Never a version merely known to this device: a tab that did not show
 * a newer answer must not overwrite it silently.
 */
export function expectedVersionFor(_state: QueueState, entry: QueuedSave): number | null {
  if (entry.attempted && entry.sentVersion !== undefined) return entry.sentVersion;
  return entry.baseVersion;
}

export function markAttempted(state: QueueState, id: string, sentVersion: number | null): QueueState {
  return {
    ...state,
    entries: state.entries.map((e) => (e.id === id && !e.attempted ? { ...e, attempted: true, sentVersion } : e)),
  };
}

/** The server answered this save: only now does it leave the queue, as saved, a conflict or a refusal. */
export function acknowledge(state: QueueState, id: string, outcome: SaveOutcome): QueueState {
  const entry = state.entries.find((e) => e.id === id);
  if (!entry) return state;
  const key = keyOf(entry);
  const entries = state.entries.filter((e) => e.id !== id);
  const mine: AnswerDraft = { value: entry.value, reason: entry.reason, comment: entry.comment };
  const here = {
    caseFileId: entry.caseFileId,
    measureKey: entry.measureKey,
    ...(entry.label ? { label: entry.label } : {}),
  };
  switch (outcome.kind) {
    case 'saved': {
      const newer = (state.latest[key]?.version ?? 0) > outcome.version;
      return {
        ...state,
        // A save queued after this one, of the same question, builds on it.
        entries: entries.map((e) => (e.follows === id ? { ...e, baseVersion: outcome.version, follows: null } : e)),
        versions: { ...state.versions, [key]: Math.max(outcome.version, state.versions[key] ?? 0) },
        latest: newer ? state.latest : { ...state.latest, [key]: { ...mine, version: outcome.version } },
      };
    }
    case 'conflict': {
      // A later queued save of the same question would conflict in turn: the user decides once, for the newest.
      const later = entries.filter((e) => keyOf(e) === key);
      const newest = later.at(-1);
      return {
        ...state,
        entries: entries.filter((e) => keyOf(e) !== key),
        conflicts: [
          ...state.conflicts.filter((c) => keyOf(c) !== key),
          {
            ...here,
            mine: newest ? { value: newest.value, reason: newest.reason, comment: newest.comment } : mine,
            theirs: outcome.theirs,
          },
        ],
      };
    }
    case 'refused':
      return {
        ...state,
        entries,
        refusals: [...state.refusals.filter((r) => keyOf(r) !== key), { ...here, mine, message: outcome.message }],
      };
  }
}

/** Taking the other person's answer: their version becomes the one this device builds on. */
export function acceptTheirs(state: QueueState, caseFileId: string, measureKey: string): QueueState {
  const key = questionKey(caseFileId, measureKey);
  const conflict = state.conflicts.find((c) => keyOf(c) === key);
  if (!conflict) return state;
  const { version, value, reason, comment } = conflict.theirs;
  return {
    ...state,
    conflicts: state.conflicts.filter((c) => keyOf(c) !== key),
    versions: { ...state.versions, [key]: Math.max(version, state.versions[key] ?? 0) },
    latest:
      (state.latest[key]?.version ?? 0) > version
        ? state.latest
        : { ...state.latest, [key]: { value, reason, comment, version } },
  };
}

export function dismissRefusal(state: QueueState, caseFileId: string, measureKey: string): QueueState {
  const key = questionKey(caseFileId, measureKey);
  return { ...state, refusals: state.refusals.filter((r) => keyOf(r) !== key) };
}

/** Waits between retries while the API cannot be reached: 1 s, 2 s, 4 s, then every 8 s. */
export function retryDelay(failedAttempts: number): number {
  return Math.min(1000 * 2 ** Math.max(0, failedAttempts - 1), 8000);
}

/** Reads a stored queue defensively: a damaged or old entry must not stop the app, nor lose the others. */
export function parseQueue(text: string | null): QueueState {
  if (!text) return emptyQueue;
  try {
    const raw = JSON.parse(text) as Partial<QueueState>;
    return {
      entries: Array.isArray(raw.entries)
        ? raw.entries.filter(
            (e): e is QueuedSave =>
              typeof e === 'object' &&
              e !== null &&
              typeof e.id === 'string' &&
              typeof e.caseFileId === 'string' &&
              typeof e.measureKey === 'string' &&
              typeof e.value === 'string',
          )
        : [],
      conflicts: Array.isArray(raw.conflicts) ? raw.conflicts : [],
      refusals: Array.isArray(raw.refusals) ? raw.refusals : [],
      versions: raw.versions && typeof raw.versions === 'object' ? raw.versions : {},
      latest: raw.latest && typeof raw.latest === 'object' ? raw.latest : {},
    };
  } catch {
    return emptyQueue;
  }
}
