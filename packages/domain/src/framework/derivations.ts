// Answers worked out from a case file's dates, with the reason spelled out so an assessor or inspector can
// check it. The limits come from the framework version (the Derivation), never from constants here.
import { daysBetween } from '../calendar/dates.ts';
import { workingDaysBetween } from '../calendar/working-days.ts';
import type { CaseFacts, Derivation } from './model.ts';

export interface DerivedAnswer {
  /** Null when the facts do not allow an answer (a missing starting date): the assessor must answer. */
  holds: boolean | null;
  explanation: string;
}

const DAYS_PER_WEEK = 7;

/** `riskManagementPlan` → `risk management plan`. */
export function dateLabel(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

function describeDays(days: number): string {
  const weeks = Math.floor(days / DAYS_PER_WEEK);
  const rest = days % DAYS_PER_WEEK;
  if (weeks === 0) return plural(rest, 'day');
  return rest === 0 ? plural(weeks, 'week') : `${plural(weeks, 'week')} ${plural(rest, 'day')}`;
}

function withinWorkingDays(rule: Extract<Derivation, { kind: 'withinWorkingDays' }>, facts: CaseFacts): DerivedAnswer {
  const from = facts.dates[rule.from];
  const to = facts.dates[rule.to];
  const fromLabel = dateLabel(rule.from);
  const toLabel = dateLabel(rule.to);
  if (!from) return { holds: null, explanation: `Cannot be derived: no ${fromLabel} date recorded` };
  if (!to) {
    return {
      holds: false,
      explanation: `No ${toLabel} date recorded (due within ${plural(rule.days, 'working day')} of ${fromLabel} on ${from})`,
    };
  }
  const days = workingDaysBetween(from, to);
  // A date before the start (e.g. an assessment begun at the pre-sentence report) is within any limit.
  const when = days < 0 ? `${plural(-days, 'working day')} before` : `${plural(days, 'working day')} after`;
  return {
    holds: days <= rule.days,
    explanation: `${capitalise(toLabel)} on ${to}, ${when} ${fromLabel} on ${from} (limit ${rule.days})`,
  };
}

function reviewedEveryWeeks(
  rule: Extract<Derivation, { kind: 'reviewedEveryWeeks' }>,
  facts: CaseFacts,
): DerivedAnswer {
  const from = facts.dates[rule.from];
  const until = facts.dates[rule.until];
  const fromLabel = dateLabel(rule.from);
  const untilLabel = dateLabel(rule.until);
  if (!from) return { holds: null, explanation: `Cannot be derived: no ${fromLabel} date recorded` };
  if (!until) return { holds: null, explanation: `Cannot be derived: no ${untilLabel} date recorded` };
  if (daysBetween(from, until) < 0) {
    return {
      holds: null,
      explanation: `Cannot be derived: ${untilLabel} on ${until} is before ${fromLabel} on ${from}`,
    };
  }

  const reviews = [...new Set(facts.reviewDates)].filter((day) => day > from && day <= until).sort();
  const checkpoints = [from, ...reviews, until];
  let longest = { days: 0, start: from, end: from };
  for (let i = 1; i < checkpoints.length; i++) {
    const start = checkpoints[i - 1]!;
    const end = checkpoints[i]!;
    const days = daysBetween(start, end);
    if (days > longest.days) longest = { days, start, end };
  }

  const limitDays = rule.weeks * DAYS_PER_WEEK;
  const period = `${fromLabel} on ${from} to ${untilLabel} on ${until}`;
  const reviewCount = plural(reviews.length, 'review');
  const gap = `${describeDays(longest.days)} (${longest.start} to ${longest.end})`;
  if (longest.days > limitDays) {
    return {
      holds: false,
      explanation: `Not reviewed every ${plural(rule.weeks, 'week')}: ${reviewCount} from ${period}, longest gap ${gap}`,
    };
  }
  return {
    holds: true,
    explanation: `Reviewed at least every ${plural(rule.weeks, 'week')}: ${reviewCount} from ${period}, longest gap ${gap}`,
  };
}

/** Whether the date rule holds for the case, and why. */
export function deriveAnswer(rule: Derivation, facts: CaseFacts): DerivedAnswer {
  switch (rule.kind) {
    case 'withinWorkingDays':
      return withinWorkingDays(rule, facts);
    case 'reviewedEveryWeeks':
      return reviewedEveryWeeks(rule, facts);
  }
}
