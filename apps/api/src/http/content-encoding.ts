// Content negotiation for compressed answers: which encodings a request's Accept-Encoding accepts, and the one to
// send. Brotli is preferred (the smaller), then gzip; `q=0` refuses one and `*` accepts any other.
export const ENCODINGS = ['br', 'gzip'] as const;

export type Encoding = (typeof ENCODINGS)[number];

/** The encodings the request accepts (`q=0` refuses one; `*` accepts any). */
export function acceptedEncodings(header: string | string[] | undefined): Set<string> {
  const accepted = new Set<string>();
  const refused = new Set<string>();
  let any = false;
  for (const part of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const zero = q !== undefined && Number(q) === 0;
    if (token === '*') any = !zero;
    else (zero ? refused : accepted).add(token);
  }
  if (any) for (const name of ENCODINGS) if (!refused.has(name)) accepted.add(name);
  return accepted;
}

/** The preferred encoding the request accepts, or null for the bytes as they are. */
export function preferredEncoding(header: string | string[] | undefined): Encoding | null {
  const accepted = acceptedEncodings(header);
  return ENCODINGS.find((name) => accepted.has(name)) ?? null;
}
