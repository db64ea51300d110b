// An area's case list saved as an Excel workbook: its first sheet becomes the same rows of text that a CSV gives,
// so the domain's case-list parser (caseListFromRows) applies one set of rules to both. A file that is not a
// readable workbook is refused before anything is read into memory that it could blow up.
import { unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { InvalidInputError } from '../errors.ts';

/** An XLSX of a few thousand cases is well under a megabyte unzipped; this allows for very large lists. */
const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 1000;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export class UnreadableWorkbookError extends InvalidInputError {
  constructor(reason: string) {
    super(`The file is not a readable Excel workbook (.xlsx): ${reason}. Nothing was read from it.`, [
      { path: 'content', message: reason },
    ]);
  }
}

/** The bytes of a base64-encoded workbook, refusing text that is not base64. */
export function decodeWorkbook(base64: string): Buffer {
  const compact = base64.replace(/\s+/g, '');
  if (compact.length === 0) throw new UnreadableWorkbookError('the file is empty');
  if (compact.length % 4 !== 0 || !BASE64.test(compact))
    throw new UnreadableWorkbookError('the content is not base64-encoded');
  return Buffer.from(compact, 'base64');
}

/** Checks the zip's directory (inflating nothing): a workbook, not an archive that would unzip to gigabytes. */
function checkArchive(bytes: Uint8Array): void {
  let total = 0;
  let entries = 0;
  let tooBig = false;
  let hasWorkbook = false;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries += 1;
        total += file.originalSize;
        if (file.name === 'xl/workbook.xml') hasWorkbook = true;
        if (total > MAX_UNZIPPED_BYTES || entries > MAX_ENTRIES) tooBig = true;
        return false;
      },
    });
  } catch {
    throw new UnreadableWorkbookError('it is not a zip archive, or the archive is damaged');
  }
  if (tooBig) throw new UnreadableWorkbookError('it would unzip to more than 64 MB');
  if (!hasWorkbook) throw new UnreadableWorkbookError('the archive holds no workbook');
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A cell as the text a spreadsheet would save to CSV: dates as YYYY-MM-DD, numbers as written, empty as ''. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : isoDate(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** The first sheet of an XLSX workbook as rows of cell text, the first row being the header. */
export async function readWorkbookRows(base64: string): Promise<string[][]> {
  const bytes = decodeWorkbook(base64);
  checkArchive(bytes);
  let sheet: unknown[][];
  try {
    sheet = (await readSheet(bytes, { trim: false })) as unknown[][];
  } catch (error) {
    const reason =
      error instanceof Error && 'code' in error && error.code === 'NO_DATA'
        ? 'the first sheet is empty'
        : 'its sheets cannot be read';
    throw new UnreadableWorkbookError(reason);
  }
  return sheet.map((row) => row.map(cellText));
}
