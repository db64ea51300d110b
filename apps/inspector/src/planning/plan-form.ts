// What the create-inspection form reads from its fields before the API checks the plan: a date typed as day,
// month and year (GOV.UK's date input), and where on the form each of the API's input problems belongs.

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type FormDate = { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid'; message: string };

/** A date from its three fields: all empty is no date; a partial or impossible date says what is wrong. */
export function readFormDate(parts: DateParts, label: string): FormDate {
  const [day, month, year] = [parts.day.trim(), parts.month.trim(), parts.year.trim()];
  if (!day && !month && !year) return { kind: 'empty' };
  const missing = [!day && 'a day', !month && 'a month', !year && 'a year'].filter(Boolean);
  if (missing.length > 0) return { kind: 'invalid', message: `${label} must include ${missing.join(' and ')}` };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year))
    return { kind: 'invalid', message: `${label} must be a real date, like 5 3 2007` };
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return { kind: 'invalid', message: `${label} must be a real date` };
  return { kind: 'date', iso: date.toISOString() };
}

/** The form field an input problem from the API points at, so the error summary can link to it. */
export function fieldForProblem(path: string): string {
  const name = path.replace(/^input\./, '').split('.')[0] ?? '';
  const fields: Record<string, string> = {
    areaId: 'area',
    frameworkId: 'framework',
    kind: 'kind',
    title: 'title',
    year: 'year',
    fieldworkStart: 'fieldwork-start-day',
    fieldworkEnd: 'fieldwork-end-day',
    baselineId: 'baseline',
    followedUpRecommendationIds: 'recommendations',
  };
  return fields[name] ?? 'title';
}

/** A recommendation as the form lists it; the 2004 report left two of its seven unquoted. */
export function recommendationLabel(r: { number: number; text: string }): string {
  return r.text.trim() ? `${r.number}. ${r.text.trim()}` : `${r.number}. (The report does not give its text.)`;
}
