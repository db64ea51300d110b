// Backups as files: written and read as streams (gzip as a stream too), so memory holds a batch of rows, never the
// database. A backup is written beside its name and renamed into place once whole, so a failed run leaves no file
// that looks like a backup.
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { pipeline, type Readable, type Writable } from 'node:stream';
import { pipeline as pipelineAsync } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip, createGzip } from 'node:zlib';
import type { SqlSession } from '../migrate/sql-session.ts';
import { restoreBackupLines, writeBackup } from './backup.ts';

/** Writes the backup to `path`, gzip-compressed when it ends in `.gz`. */
export async function backupToFile(session: SqlSession, path: string): Promise<{ rows: number; tables: number }> {
  const partial = `${path}.partial`;
  const file = createWriteStream(partial);
  const gzip = path.endsWith('.gz') ? createGzip() : null;
  const sink: Writable = gzip ?? file;
  const written = gzip ? pipelineAsync(gzip, file) : null;
  // A failure of the file (disk full) stops the backup at its next write.
  let failed: Error | null = null;
  sink.on('error', (error: Error) => (failed = error));
  const write = async (chunk: string) => {
    if (failed) throw failed;
    if (!sink.write(chunk)) await once(sink, 'drain');
  };
  try {
    const result = await writeBackup(session, write);
    sink.end();
    await (written ?? once(file, 'finish'));
    if (failed) throw failed;
    await rename(partial, path);
    return result;
  } catch (error) {
    sink.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

/** The lines of a backup file, gzip-compressed or not (told by its first bytes, whatever its name). */
export async function* backupFileLines(path: string): AsyncGenerator<string> {
  const handle = await open(path, 'r');
  const magic = Buffer.alloc(2);
  try {
    await handle.read(magic, 0, 2, 0);
  } finally {
    await handle.close();
  }
  const gzipped = magic[0] === 0x1f && magic[1] === 0x8b;
  const source: Readable = gzipped
    ? pipeline(createReadStream(path), createGunzip(), () => {})
    : createReadStream(path);
  yield* linesOf(source);
}

/** Splits a stream into lines in linear time, even for one very long line (a format 1 backup is one line). */
export async function* linesOf(source: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pieces: string[] = [];
  for await (const chunk of source) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      pieces.push(text.slice(start, end));
      yield pieces.join('');
      pieces = [];
      start = end + 1;
    }
    if (start < text.length) pieces.push(text.slice(start));
  }
  pieces.push(decoder.end());
  const last = pieces.join('');
  if (last.length) yield last;
}

/**
 * Replaces every row of the database with the backup file's, in one transaction (see `restoreBackupLines`). The
 * entry point of a restore: steps that must follow a restore go after it, in the same place.
 */
export function restoreFromFile(session: SqlSession, path: string): Promise<{ rows: number; createdAt: string }> {
  return restoreBackupLines(session, backupFileLines(path));
}
