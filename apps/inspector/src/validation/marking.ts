// What the validation page knows of one second marking: who is looking, and each question with its validation.
import type { AnswerDraft } from '../saving/queue-state.ts';

export interface Viewer {
  id: string;
  name: string;
  role: string;
}

export interface ValidationShape {
  id: string;
  value: string;
  reason: string | null;
  comment: string | null;
  compared: boolean;
  assessorValue: string | null;
  assessorReason: string | null;
  agrees: boolean | null;
  resolvedValue: string | null;
  resolutionNote: string | null;
  resolvedBy: { id: string; name: string } | null;
}

export interface MarkingQuestion {
  measureKey: string;
  criterion: string;
  text: string;
  answerSet: string;
  status: string;
  toMark: boolean;
  derivation: string | null;
  derivedHolds: boolean | null;
  validation: ValidationShape | null;
}

/** The second marker's answer to a question as a draft: their saved validation, or nothing yet. */
export function draftOf(v: ValidationShape | null): AnswerDraft {
  return v ? { value: v.value, reason: v.reason, comment: v.comment } : { value: '', reason: null, comment: null };
}
