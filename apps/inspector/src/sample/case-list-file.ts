// The area's case list file as the API takes it: its format, and its content (CSV text, or an XLSX workbook's
// bytes in base64). The API reads both through the same rules; the app only says which it is.

export type CaseListFormat = 'CSV' | 'XLSX';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The format of a chosen file, by its name or type; null when it is neither CSV nor XLSX. */
export function caseListFormat(file: { name: string; type: string }): CaseListFormat | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx') || file.type === XLSX_TYPE) return 'XLSX';
  if (name.endsWith('.csv') || file.type === 'text/csv') return 'CSV';
  return null;
}

/** Base64 of the bytes, in chunks so a large workbook does not overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, Math.min(i + chunk, bytes.length)));
  return btoa(binary);
}

export interface CaseListUpload {
  name: string;
  format: CaseListFormat;
  content: string;
}

/** Reads a chosen file for the API; null when it is not a case list format the API reads. */
export async function readCaseListFile(file: File): Promise<CaseListUpload | null> {
  const format = caseListFormat(file);
  if (!format) return null;
  const content = format === 'CSV' ? await file.text() : bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  return { name: file.name, format, content };
}
