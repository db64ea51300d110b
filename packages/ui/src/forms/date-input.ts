// The GOV.UK date input's day, month and year, read as a date or as the problem to show (GOV.UK's wording).
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** The parts of a date given as `YYYY-MM-DD` (or an ISO time, read as its UTC date), to edit it. */
export function datePartsOf(iso: string | null | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!match) return EMPTY_DATE;
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}

export type DateReading =
  { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'problem'; message: string; field: keyof DateParts };

/** `label` starts the message, e.g. "Due date". An empty input is allowed: the caller decides whether it may be. */
export function readDate(parts: DateParts, label: string): DateReading {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { kind: 'empty' };
  const missing = (['day', 'month', 'year'] as const).filter((k) => !parts[k].trim());
  if (missing.length > 0)
    return { kind: 'problem', message: `${label} must include a ${missing.join(' and ')}`, field: missing[0]! };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year))
    return { kind: 'problem', message: `${label} must be a real date`, field: 'day' };
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return { kind: 'problem', message: `${label} must be a real date`, field: 'day' };
  return { kind: 'date', iso: date.toISOString() };
}
