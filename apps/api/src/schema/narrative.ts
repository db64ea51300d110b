// What the written parts of an inspection share (DOMAIN.md § The work, steps 5 and 7): prose validated for length, the
// criterion a finding or example is against, and each row authorized against its inspection. Each part is its own
// type: meeting.ts, evidence.ts, finding.ts, good-practice.ts, report-text.ts. Whoever can see an inspection reads
// them; only its team writes.
import { z } from 'zod';

/** A piece of writing that must say something, within a length a person can read. */
export function prose(what: string, max: number) {
  return z.string().trim().min(1, `${what} cannot be empty.`).max(max, `${what} can be at most ${max} characters.`);
}

/** Optional prose: blank clears it. */
export function optionalProse(what: string, max: number) {
  return z.string().trim().max(max, `${what} can be at most ${max} characters.`);
}

export const CRITERION_CODE = z
  .string()
  .trim()
  .min(1, 'Name the criterion, e.g. B1.')
  .max(40, 'A criterion code is at most 40 characters.');

// Each row is authorized against its inspection, so a row fetched alone (node(id:)) is as protected as in a list.
export const byInspection = { select: { id: true, inspectionId: true } } as const;
