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

/** Counts the commas outside JSON strings, one chunk at a time (UTF-8 never hides these bytes in a character). */
export class JsonSeparatorCounter {
  separators = 0;
  private inString = false;
  private escaped = false;

  add(chunk: Uint8Array): void {
    let { inString, escaped, separators } = this;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (inString) {
        if (escaped) escaped = false;
        else if (byte === BACKSLASH) escaped = true;
        else if (byte === QUOTE) inString = false;
      } else if (byte === QUOTE) inString = true;
      else if (byte === COMMA) separators++;
    }
    Object.assign(this, { inString, escaped, separators });
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
        (req as IncomingMessage & { body?: Buffer }).body = Buffer.concat(chunks);
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
