// A spreadsheet cell as the text a spreadsheet would save to CSV, so that an XLSX case list and a CSV one read alike.

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Dates as YYYY-MM-DD, numbers as written, booleans as yes/no, empty as ''. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : isoDate(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}
