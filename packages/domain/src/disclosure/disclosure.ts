// Statistical disclosure control for public outputs (the anonymous API and published exports).
//
// The rule, in the inspectorate's words:
// 1. A figure over 1 to 4 applicable case files is not published: its percentage, numerator, denominator, interval
//    and not-applicable count are withheld and the figure is marked suppressed. With so few cases a reader who knows
//    the area (a victim, a colleague, a journalist) could tell which person's file failed the measure, and the
//    percentage says almost nothing anyway.
// 2. A figure with no applicable case files (0) is published as "no applicable cases": it discloses nobody.
// 3. A figure over 5 or more applicable case files is published in full, including 0% and 100%: what it discloses is
//    the quality of the service's work on a group of at least five files, not a fact about any one person.
// 4. A figure recorded from an earlier published report is published as that report printed it: it is already public.
//    (Recorded figures are still subject to rule 1 when their denominator is known to be 1 to 4.)
// 5. A suppressed figure is not compared with its baseline in public outputs, so no change, test or interval
//    reveals it by difference.
// Signed-in users with a right to see an area's figures see them unsuppressed, flagged as small numbers.
import { SMALL_DENOMINATOR } from '../scoring/scores.ts';

/** Denominators from 1 up to (not including) this are withheld from public outputs. */
export const PUBLIC_MINIMUM_DENOMINATOR = SMALL_DENOMINATOR;

export interface DisclosableFigure {
  met: number | null;
  applicable: number | null;
  percentage: number | null;
}

/** True when a public output must withhold this figure (rule 1). */
export function mustSuppress(figure: Pick<DisclosableFigure, 'applicable'>): boolean {
  return figure.applicable !== null && figure.applicable > 0 && figure.applicable < PUBLIC_MINIMUM_DENOMINATOR;
}

/** What a suppressed figure withholds: its counts and everything derived from them. */
const WITHHELD = ['met', 'applicable', 'percentage', 'interval', 'notApplicable', 'unanswered', 'notAsked'] as const;
type WithheldKey = (typeof WITHHELD)[number];

/** A figure as public outputs show it: any withheld value may be null, and `suppressed` says whether it was. */
export type Disclosed<T> = { [K in keyof T]: K extends WithheldKey ? T[K] | null : T[K] } & { suppressed: boolean };

/**
 * The figure as a public output may show it: unchanged (and `suppressed: false`) when it may be published, with
 * every count and derived value withheld (`suppressed: true`) when it may not.
 */
export function discloseFigure<T extends DisclosableFigure>(figure: T): Disclosed<T> {
  if (!mustSuppress(figure)) return { ...figure, suppressed: false } as Disclosed<T>;
  const withheld: Record<string, unknown> = { ...(figure as Record<string, unknown>), suppressed: true };
  // Derived values (interval, not-applicable count) reveal the counts as surely as the counts do.
  for (const key of WITHHELD) if (key in withheld) withheld[key] = null;
  return withheld as Disclosed<T>;
}

/** Applies the public rule to every figure of a list. */
export function discloseFigures<T extends DisclosableFigure>(figures: readonly T[]): Disclosed<T>[] {
  return figures.map(discloseFigure);
}
