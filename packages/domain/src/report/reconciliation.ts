// Quoted and computed, reconciled (issue 16 item 3). The reference report's foreword says "improvement against 26 of
// 33 separate measures"; the computed summary says "improvement against 26 of 32 figures". Both are right about what
// they count, and the page must say what each counts, from the data: which figures the computation compares, and
// which measures the report prints without an original figure (so they can show no change).
import { formatPercent } from './format.ts';
import type { ReportText } from './model.ts';

export interface ReconciliationInput {
  /** The report's own words where a count may be quoted: the foreword, then the summary of findings. */
  quoted: readonly (ReportText | null)[];
  improved: number;
  compared: number;
  comparedFigures: readonly { kind: 'CRITERION' | 'MEASURE'; subsample: string }[];
  /** Whole-sample measures (not a criterion's overall judgement) with a percentage but no original to compare with. */
  withoutOriginal: readonly { text: string; percentage: number | null }[];
}

const QUOTED_COUNT =
  /(?:improvement|improved)\s+(?:against|in|on)\s+(\d+)\s+of\s+(\d+)\s+(?:separate\s+)?(?:measures|figures)/i;
const PLACES = ['foreword', 'summary of findings'] as const;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function quoteList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** One sentence saying what the quoted and the computed counts each count; null when they agree or none is quoted. */
export function reconcileQuotedCount(input: ReconciliationInput): string | null {
  let found: { place: string; phrase: string; improved: number; total: number } | null = null;
  input.quoted.forEach((text, index) => {
    const match = text ? QUOTED_COUNT.exec(text.text) : null;
    if (!found && match)
      found = {
        place: PLACES[index] ?? 'report',
        phrase: match[0],
        improved: Number(match[1]),
        total: Number(match[2]),
      };
  });
  if (!found) return null;
  const quoted: { place: string; phrase: string; improved: number; total: number } = found;
  if (quoted.total === input.compared && quoted.improved === input.improved) return null;

  const criteria = input.comparedFigures.filter((f) => f.kind === 'CRITERION').length;
  const measures = input.comparedFigures.length - criteria;
  const parts = [
    `The ${quoted.place} quotes “${quoted.phrase}” as the report printed it; the summary above is computed from the figures and counts the ${input.compared} with both an original and a current figure (${plural(criteria, 'criterion score', 'criterion scores')} and ${plural(measures, 'measure figure', 'measure figures')}), ${input.improved} of them improved.`,
  ];
  if (input.withoutOriginal.length > 0) {
    const named = input.withoutOriginal.map((m) => `“${m.text}” (${formatPercent(m.percentage)})`);
    parts.push(
      `The report gives ${plural(input.withoutOriginal.length, 'measure', 'measures')} of the whole sample without an original figure, so ${input.withoutOriginal.length === 1 ? 'it can show no change and is' : 'they can show no change and are'} not among the ${input.compared}: ${quoteList(named)}.`,
    );
  }
  const difference = quoted.total - input.compared;
  if (difference !== 0)
    parts.push(
      `The ${quoted.place}’s ${quoted.total} is ${Math.abs(difference)} ${difference > 0 ? 'more' : 'fewer'} than the ${input.compared} that can be compared${difference > 0 && input.withoutOriginal.length >= difference ? `: it counts ${difference === 1 ? 'a measure' : 'measures'} printed without an original figure` : ''}.`,
    );
  return parts.join(' ');
}
