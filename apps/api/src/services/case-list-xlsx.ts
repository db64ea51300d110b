// An area's case list saved as an Excel workbook: its first sheet becomes the same rows of text that a CSV gives,
// so the domain's case-list parser (caseListFromRows) applies one set of rules to both. The workbook is read in a
// worker thread with a time limit (xlsx/workbook-reader.ts), after its real unzipped size, rows and cells are counted
// (xlsx/archive-guard.ts): a file that is not a readable workbook, or is too large to read, is a typed error, and
// the server answers everything else meanwhile.
import { InvalidInputError } from './errors.ts';
import { WORKBOOK_LIMITS } from './xlsx/archive-guard.ts';
import { WorkbookReader } from './xlsx/workbook-reader.ts';

export { cellText } from './xlsx/cell-text.ts';
export { WORKBOOK_LIMITS };

export class UnreadableWorkbookError extends InvalidInputError {
  constructor(reason: string) {
    super(`The file is not a readable Excel workbook (.xlsx): ${reason}. Nothing was read from it.`, [
      { path: 'content', message: reason },
    ]);
  }
}

/** A workbook over a limit: too large unzipped, too many rows or cells, or too long to read. */
export class WorkbookTooLargeError extends InvalidInputError {
  constructor(reason: string) {
    super(`The workbook is too large to read: ${reason}. Nothing was read from it.`, [
      { path: 'content', message: reason },
    ]);
  }
}

/** The bytes of a base64-encoded workbook, refusing text that is not base64. */
export function decodeWorkbook(base64: string): Buffer {
  const compact = /\s/.test(base64) ? base64.replace(/\s+/g, '') : base64;
  if (compact.length === 0) throw new UnreadableWorkbookError('the file is empty');
  // Node's decoder skips what is not base64; encoding the bytes again gives the text back only if all of it was.
  const bytes = compact.length % 4 === 0 ? Buffer.from(compact, 'base64') : null;
  if (!bytes || bytes.toString('base64') !== compact)
    throw new UnreadableWorkbookError('the content is not base64-encoded');
  return bytes;
}

const reader = new WorkbookReader();

/** The first sheet of an XLSX workbook as rows of cell text, the first row being the header. */
export async function readWorkbookRows(base64: string, workbooks: WorkbookReader = reader): Promise<string[][]> {
  const answer = await workbooks.read(decodeWorkbook(base64));
  if ('rows' in answer) return answer.rows;
  if (answer.refused === 'unreadable') throw new UnreadableWorkbookError(answer.reason);
  throw new WorkbookTooLargeError(answer.reason);
}
