// CSV as RFC 4180 writes it, and as spreadsheets actually save it: quoted fields with doubled quotes, commas and
// line breaks inside quotes, CRLF or LF line ends, a byte-order mark, and no line break after the last record.
// It never throws: a quote left open is reported, and what was read is kept.

export interface CsvParse {
  rows: string[][];
  /** Set when the text is not well-formed CSV (an unclosed quote). */
  problem: { row: number; message: string } | null;
}

export function parseCsv(text: string): CsvParse {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoteOpenedOnRow = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // True once the current record has any content (so a trailing line break adds no empty record).
  let recordStarted = false;

  const endField = (): void => {
    row.push(field);
    field = '';
  };
  const endRecord = (): void => {
    endField();
    rows.push(row);
    row = [];
    recordStarted = false;
  };

  while (i < text.length) {
    const char = text[i]!;
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
      } else field += char;
      i++;
      continue;
    }
    if (char === '"' && field === '') {
      inQuotes = true;
      quoteOpenedOnRow = rows.length + 1;
      recordStarted = true;
    } else if (char === ',') {
      endField();
      recordStarted = true;
    } else if (char === '\r' || char === '\n') {
      endRecord();
      if (char === '\r' && text[i + 1] === '\n') i++;
    } else {
      // A quote inside an unquoted field is not RFC 4180, but spreadsheets write it: keep it as text.
      field += char;
      recordStarted = true;
    }
    i++;
  }
  if (recordStarted || field !== '' || row.length > 0) endRecord();
  return {
    rows,
    problem: inQuotes
      ? {
          row: quoteOpenedOnRow,
          message: 'a quoted field is never closed: the rest of the file was read as part of it',
        }
      : null,
  };
}
