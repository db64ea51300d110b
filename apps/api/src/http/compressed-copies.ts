// Compressed copies of text answers made on the server (the public pages, the sitemap), made once per content and
// encoding and kept, least recently used first out, within a memory budget. A page is frozen from publication, so
// its copies are made at its first request in each encoding and then only sent again.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Encoding } from './content-encoding.ts';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Below this many bytes compression saves less than it costs. */
export const COMPRESSION_THRESHOLD = 1024;

export function compress(bytes: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(bytes, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      })
    : gzipped(bytes, { level: 9 });
}

/** The strong entity tag of the `encoding` copy of the bytes tagged `identityTag`: each copy is its own bytes. */
export function encodedEntityTag(identityTag: string, encoding: Encoding | null): string {
  return encoding ? identityTag.replace(/"$/, `-${encoding}"`) : identityTag;
}

export class CompressedCopies {
  private readonly copies = new Map<string, Buffer>();
  private bytes = 0;

  constructor(private readonly budgetBytes = 32 * 1024 * 1024) {}

  /** The `encoding` copy of `bytes`, whose identity tag is `identityTag`: kept from before, or made now. */
  async copy(bytes: Buffer, identityTag: string, encoding: Encoding): Promise<Buffer> {
    const key = `${encoding} ${identityTag}`;
    const kept = this.copies.get(key);
    if (kept) {
      this.copies.delete(key);
      this.copies.set(key, kept);
      return kept;
    }
    const made = await compress(bytes, encoding);
    if (!this.copies.has(key)) {
      this.copies.set(key, made);
      this.bytes += made.length;
    }
    for (const [oldest, copy] of this.copies) {
      if (this.bytes <= this.budgetBytes) break;
      this.copies.delete(oldest);
      this.bytes -= copy.length;
    }
    return made;
  }
}
