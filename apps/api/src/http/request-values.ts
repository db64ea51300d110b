// A request body's JSON values are counted as its bytes arrive, before anything parses it: JSON.parse of 100,000
// list items takes the process ~100 ms in one go, long enough to stall /healthz and every other request, and ten such
// requests a second would keep it stalled. Counting separators outside strings chunk by chunk costs a fraction of a
// millisecond per chunk; a body with more values than any client sends is refused unparsed. (The case lists, the
// largest legitimate bodies, are one long string: a handful of values.)
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './security-headers.ts';

/** Items and fields of one request body, all operations of a batch together. */
export const MAX_REQUEST_VALUES = 10_000;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;

/**
 * Counts the commas outside JSON strings, one chunk at a time (UTF-8 never hides these bytes inside a character).
 * The scan jumps from one quote, backslash or comma to the next with Buffer#indexOf, so a long string (a case list)
 * costs next to nothing.
 */
export class JsonSeparatorCounter {
  separators = 0;
  private inString = false;
  /** The chunk ended just after a backslash inside a string: the next chunk's first byte is escaped. */
  private escaped = false;

  add(chunk: Buffer): void {
    let i = 0;
    if (this.escaped) {
      this.escaped = false;
      i = 1;
    }
    // Next positions, searched again only once passed: rescanning for each escape would be quadratic.
    let quote = -2;
    let backslash = -2;
    const next = (known: number, byte: number) => (known === -1 || known >= i ? known : chunk.indexOf(byte, i));
    while (i < chunk.length) {
      quote = next(quote, QUOTE);
      if (this.inString) {
        backslash = next(backslash, BACKSLASH);
        if (backslash !== -1 && (quote === -1 || backslash < quote)) {
          i = backslash + 2;
          if (i > chunk.length) this.escaped = true;
        } else if (quote !== -1) {
          this.inString = false;
          i = quote + 1;
        } else return;
      } else {
        const end = quote === -1 ? chunk.length : quote;
        for (let comma = chunk.indexOf(COMMA, i); comma !== -1 && comma < end; comma = chunk.indexOf(COMMA, comma + 1))
          this.separators++;
        if (quote === -1) return;
        this.inString = true;
        i = quote + 1;
      }
    }
  }
}

/**
 * Reads a POST body, counting its values; hands the read body on as `req.body` (which yoga's Node adapter takes
 * instead of the stream) and resolves true, or answers 413 and resolves false.
 */
export function readCountedBody(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (req.method !== 'POST') return Promise.resolve(true);
  return new Promise((resolve) => {
    const counter = new JsonSeparatorCounter();
    let chunks: Buffer[] | null = [];
    req.on('data', (chunk: Buffer) => {
      if (!chunks) return;
      counter.add(chunk);
      if (counter.separators < MAX_REQUEST_VALUES) chunks.push(chunk);
      // Over the limit: the rest is read (so that the client can finish sending and read the answer) but neither
      // kept nor counted.
      else chunks = null;
    });
    req.once('end', () => {
      if (chunks) {
        const read = chunks;
        // yoga's Node adapter (@whatwg-node/server) takes `req.body` instead of the consumed stream when
        // `Object.keys(body)` is not empty: on a Buffer that lists every byte (a quarter of a second for 2 MB), so
        // the body goes as an async iterable of its chunks with one plain field.
        (req as IncomingMessage & { body?: unknown }).body = {
          byteLength: read.reduce((sum, chunk) => sum + chunk.length, 0),
          async *[Symbol.asyncIterator]() {
            yield* read;
          },
        };
        resolve(true);
        return;
      }
      res.writeHead(413, { 'content-type': 'application/json', ...SECURITY_HEADERS });
      res.end(
        JSON.stringify({
          errors: [
            {
              message: `The request carries more than ${MAX_REQUEST_VALUES} values (list items and fields): send fewer.`,
              extensions: { code: 'REQUEST_TOO_LARGE' },
            },
          ],
        }),
      );
      resolve(false);
    });
    req.once('error', () => resolve(false));
  });
}
