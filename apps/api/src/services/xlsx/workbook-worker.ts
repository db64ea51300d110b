// Runs in a worker thread (workbook-reader.ts starts it): for each workbook sent, guards it (archive-guard.ts), reads
// its first sheet and answers with rows of cell text, or with why it was refused. Whatever it costs is this
// thread's: the server's event loop goes on answering, and the thread is ended when it takes too long.
import { parentPort } from 'node:worker_threads';
import { readSheet } from 'read-excel-file/node';
import { guardWorkbook, WorkbookRefusal } from './archive-guard.ts';
import { cellText } from './cell-text.ts';
import type { WorkbookAnswer, WorkbookJob } from './workbook-reader.ts';

async function read(bytes: Uint8Array): Promise<WorkbookAnswer> {
  let clean: Uint8Array;
  try {
    clean = guardWorkbook(bytes);
  } catch (error) {
    if (error instanceof WorkbookRefusal) return { refused: error.kind, reason: error.reason };
    throw error;
  }
  try {
    const sheet = (await readSheet(Buffer.from(clean.buffer, clean.byteOffset, clean.byteLength), {
      trim: false,
    })) as unknown[][];
    return { rows: sheet.map((row) => row.map(cellText)) };
  } catch (error) {
    const empty = error instanceof Error && 'code' in error && error.code === 'NO_DATA';
    return { refused: 'unreadable', reason: empty ? 'the first sheet is empty' : 'its sheets cannot be read' };
  }
}

const port = parentPort!;
port.on('message', (job: WorkbookJob) => {
  port.postMessage({ started: true });
  void read(job.bytes).then(
    (answer) => port.postMessage(answer),
    () => port.postMessage({ refused: 'unreadable', reason: 'its sheets cannot be read' } satisfies WorkbookAnswer),
  );
});
