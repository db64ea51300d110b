// What an uploaded workbook may cost before it is read: its zip is inflated here in small steps, counting the bytes
// that really come out (the sizes written in the zip's directory are the sender's word, and a zip bomb lies in
// them), and stops at the limit; its worksheets' rows and cells are counted as they come out, before any
// spreadsheet parser sees them.
// What passes is zipped again, uncompressed, from exactly the bytes counted, so the parser reads nothing else.
import { Unzip, UnzipInflate, UnzipPassThrough, unzipSync, zipSync, type Zippable } from 'fflate';

export const WORKBOOK_LIMITS = {
  /** An XLSX of a few thousand cases is well under a megabyte unzipped; this allows for very large lists. */
  unzippedBytes: 64 * 1024 * 1024,
  entries: 1000,
  /** Rows of any worksheet, the header included: far more cases than an area supervises. */
  rows: 50_000,
  /** Cells in one row. */
  cellsPerRow: 200,
};

export type WorkbookLimits = typeof WORKBOOK_LIMITS;

/** Why a workbook is refused, in words for the person who sent it. */
export class WorkbookRefusal extends Error {
  constructor(
    readonly kind: 'unreadable' | 'too-large',
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Compressed bytes handed to the inflater at a time: deflate expands at most ~1032×, so one step yields ≤ 4 MB. */
const STEP = 4096;

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** The zip's directory, inflating nothing: what it admits to already may be too much. */
function checkDirectory(bytes: Uint8Array, limits: WorkbookLimits): void {
  let claimed = 0;
  let entries = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries += 1;
        claimed += file.originalSize;
        return false;
      },
    });
  } catch {
    throw new WorkbookRefusal('unreadable', 'it is not a zip archive, or the archive is damaged');
  }
  if (entries > limits.entries) throw new WorkbookRefusal('too-large', `it holds more than ${limits.entries} files`);
  if (claimed > limits.unzippedBytes)
    throw new WorkbookRefusal('too-large', `it would unzip to more than ${megabytes(limits.unzippedBytes)}`);
}

/** Every entry of the zip, inflated with a running total that stops at the limit. */
function inflateCounted(bytes: Uint8Array, limits: WorkbookLimits): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array[]>();
  let total = 0;
  let entries = 0;
  // Set from the unzip's callbacks; read after each step.
  const state: { refusal: WorkbookRefusal | null } = { refusal: null };
  const refuse = (kind: WorkbookRefusal['kind'], reason: string) => {
    state.refusal ??= new WorkbookRefusal(kind, reason);
  };
  const unzip = new Unzip((file) => {
    entries += 1;
    if (entries > limits.entries) {
      refuse('too-large', `it holds more than ${limits.entries} files`);
      return;
    }
    const chunks: Uint8Array[] = [];
    files.set(file.name, chunks);
    const worksheet = /^xl\/worksheets\/[^/]+\.xml$/.test(file.name) ? new WorksheetCounter(file.name, limits) : null;
    file.ondata = (error, chunk, final) => {
      if (state.refusal) return;
      if (error) {
        refuse('unreadable', 'the archive is damaged');
        return;
      }
      total += chunk.length;
      if (total > limits.unzippedBytes) {
        refuse('too-large', `it would unzip to more than ${megabytes(limits.unzippedBytes)}`);
        file.terminate();
        return;
      }
      try {
        worksheet?.push(chunk, final);
      } catch (error) {
        if (!(error instanceof WorkbookRefusal)) throw error;
        state.refusal ??= error;
        file.terminate();
        return;
      }
      chunks.push(chunk);
    };
    try {
      file.start();
    } catch {
      refuse('unreadable', 'it is compressed in a way a workbook never is');
    }
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let offset = 0; offset < bytes.length && !state.refusal; offset += STEP)
      unzip.push(bytes.subarray(offset, offset + STEP), offset + STEP >= bytes.length);
  } catch {
    refuse('unreadable', 'it is not a zip archive, or the archive is damaged');
  }
  if (state.refusal) throw state.refusal;
  if (entries === 0) throw new WorkbookRefusal('unreadable', 'it is not a zip archive, or the archive is damaged');
  const whole = new Map<string, Uint8Array>();
  for (const [name, chunks] of files) whole.set(name, concat(chunks));
  return whole;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const LT = 0x3c;
const COLON = 0x3a;
/** Bytes after `<` that hold any tag name this scanner tells apart (a short prefix, `row` and what ends it). */
const NAME_WINDOW = 16;

/** Whether the byte ends an XML element name (space, tab, newline, `>`, `/`). */
function endsName(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x3e || byte === 0x2f;
}

/**
 * Counts a worksheet's `<row>` and `<c>` start tags (with or without a namespace prefix) as its XML is inflated,
 * chunk by chunk, so that a sheet of too many rows is refused as soon as they are seen.
 */
class WorksheetCounter {
  private rows = 0;
  private cells = 0;
  private tail: Uint8Array = new Uint8Array(0);

  constructor(
    private readonly name: string,
    private readonly limits: WorkbookLimits,
  ) {}

  push(chunk: Uint8Array, final: boolean): void {
    // Tags that began in the previous chunk's last bytes, read with this chunk's first ones.
    if (this.tail.length > 0) {
      const joined = new Uint8Array(this.tail.length + Math.min(chunk.length, NAME_WINDOW));
      joined.set(this.tail);
      joined.set(chunk.subarray(0, NAME_WINDOW), this.tail.length);
      for (let i = joined.indexOf(LT); i !== -1 && i < this.tail.length; i = joined.indexOf(LT, i + 1))
        this.tag(joined, i);
      this.tail = new Uint8Array(0);
    }
    for (let i = chunk.indexOf(LT); i !== -1; i = chunk.indexOf(LT, i + 1)) {
      if (!final && i + NAME_WINDOW > chunk.length) {
        this.tail = chunk.slice(i);
        return;
      }
      this.tag(chunk, i);
    }
  }

  private tag(xml: Uint8Array, at: number): void {
    let start = at + 1;
    // A prefix (`x:row`): the local name starts after the colon, if one comes within a short name.
    for (let j = start; j < at + NAME_WINDOW - 4 && j < xml.length && !endsName(xml[j]); j += 1)
      if (xml[j] === COLON) {
        start = j + 1;
        break;
      }
    if (xml[start] === 0x72 && xml[start + 1] === 0x6f && xml[start + 2] === 0x77 && endsName(xml[start + 3])) {
      this.rows += 1;
      this.cells = 0;
      if (this.rows > this.limits.rows)
        throw new WorkbookRefusal('too-large', `it has more than ${this.limits.rows.toLocaleString('en-GB')} rows`);
    } else if (xml[start] === 0x63 && endsName(xml[start + 1])) {
      this.cells += 1;
      if (this.cells > this.limits.cellsPerRow)
        throw new WorkbookRefusal('too-large', `a row of ${this.name} has more than ${this.limits.cellsPerRow} cells`);
    }
  }
}

/**
 * The workbook as a zip a parser may safely read: inflated within the limits, its worksheets' rows and cells
 * counted, zipped again without compression. Throws a WorkbookRefusal otherwise.
 */
export function guardWorkbook(bytes: Uint8Array, limits: WorkbookLimits = WORKBOOK_LIMITS): Uint8Array {
  checkDirectory(bytes, limits);
  const files = inflateCounted(bytes, limits);
  if (!files.has('xl/workbook.xml')) throw new WorkbookRefusal('unreadable', 'the archive holds no workbook');
  const clean: Zippable = {};
  for (const [name, content] of files) if (!name.endsWith('/')) clean[name] = [content, { level: 0 }];
  return zipSync(clean);
}
