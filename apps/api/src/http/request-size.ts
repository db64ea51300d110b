// Request bodies are bounded before yoga reads them, so a huge body costs the server nothing but this check.
// Case lists (CSV or XLSX, base64) are the largest legitimate bodies: a large area's list is well under 8 MiB.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './security-headers.ts';

export const MAX_REQUEST_BYTES = 8 * 1024 * 1024;

/** Answers and returns true when the request's body is too large or of unknown length; false lets it through. */
export function refuseOversizedRequest(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'POST' && req.method !== 'PUT' && req.method !== 'PATCH') return false;
  const declared = req.headers['content-length'];
  let status: number | null = null;
  if (declared === undefined) status = req.headers['transfer-encoding'] ? 411 : null;
  else if (!/^\d+$/.test(declared) || Number(declared) > MAX_REQUEST_BYTES) status = 413;
  if (status === null) return false;
  res.writeHead(status, { 'content-type': 'application/json', connection: 'close', ...SECURITY_HEADERS });
  res.end(
    JSON.stringify({
      errors: [
        {
          message:
            status === 411
              ? 'Send the request body with a Content-Length.'
              : `The request body is larger than ${MAX_REQUEST_BYTES} bytes.`,
          extensions: { code: 'REQUEST_TOO_LARGE' },
        },
      ],
    }),
  );
  req.resume();
  return true;
}
