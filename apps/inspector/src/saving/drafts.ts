// What a tab holds of an answer being given: the draft (as typed, untrimmed), the version of the answer it was
// built on, and whether it has changes not yet queued. Pure rules, so that which answer a page shows and which
// version a save carries are testable without a browser; the page keeps pending drafts in localStorage so that
// a reload or a closed tab loses nothing typed.
import { NOT_APPLICABLE_VALUE } from '../answers.ts';
import type { AnswerDraft, KnownAnswer } from './queue-state.ts';

export interface LocalDraft {
  draft: AnswerDraft;
  /** The version of the answer this tab showed when the draft was started (null: it showed none). */
  seen: number | null;
  /** Changed since it was last queued. */
  pending: boolean;
}

export const EMPTY_DRAFT: AnswerDraft = { value: '', reason: null, comment: null };

/** The answer as it is saved: a reason only with "Not applicable", text trimmed, empty text as none. */
export function normalise(draft: AnswerDraft): AnswerDraft {
  return {
    value: draft.value,
    reason: draft.value === NOT_APPLICABLE_VALUE ? draft.reason?.trim() || null : null,
    comment: draft.comment?.trim() || null,
  };
}

export function sameAnswer(a: AnswerDraft, b: AnswerDraft): boolean {
  const x = normalise(a);
  const y = normalise(b);
  return x.value === y.value && x.reason === y.reason && x.comment === y.comment;
}

/** Saved means given, and "Not applicable" only with its reason. */
export function canSave(draft: AnswerDraft): boolean {
  return Boolean(draft.value) && (draft.value !== NOT_APPLICABLE_VALUE || Boolean(draft.reason?.trim()));
}

/** The version a draft builds on: the known answer's, when that is this draft saved; else what it was started on. */
export function seenVersion(local: LocalDraft, known: KnownAnswer | null): number | null {
  if (known && sameAnswer(known, local.draft)) return known.version;
  return local.seen;
}

/**
 * A draft stops showing once a newer answer is known (saved in another tab, or taken from a conflict) — unless
 * it holds changes not yet queued: those stay, and their save, built on the older version, is a conflict.
 */
export function isSuperseded(local: LocalDraft, known: KnownAnswer | null): boolean {
  if (!known || local.pending) return false;
  return known.version > (seenVersion(local, known) ?? 0);
}

/** The record after an edit: started on what the tab showed, or kept on the version the draft already had. */
export function edited(previous: LocalDraft | undefined, known: KnownAnswer | null, draft: AnswerDraft): LocalDraft {
  const seen = previous && !isSuperseded(previous, known) ? seenVersion(previous, known) : (known?.version ?? null);
  return { draft, seen, pending: true };
}

export function parseDrafts(text: string | null): Record<string, LocalDraft> {
  if (!text) return {};
  try {
    const raw = JSON.parse(text) as Record<string, LocalDraft>;
    const out: Record<string, LocalDraft> = {};
    for (const [key, value] of Object.entries(raw)) {
      if (value && typeof value === 'object' && value.draft && typeof value.draft.value === 'string')
        out[key] = { draft: value.draft, seen: typeof value.seen === 'number' ? value.seen : null, pending: true };
    }
    return out;
  } catch {
    return {};
  }
}
