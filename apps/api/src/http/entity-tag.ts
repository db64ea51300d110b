// Strong entity tags for bytes that never change under one address (a published report's downloads), and the
// If-None-Match check that lets a client revalidate them for a 304 instead of fetching them again.
import { createHash } from 'node:crypto';

/** `"<sha-256 of the bytes, base64url>"`: equal bytes, equal tag, whichever process made it. */
export function strongEntityTag(bytes: Uint8Array): string {
  return `"${createHash('sha256').update(bytes).digest('base64url')}"`;
}

/** Whether an If-None-Match header names this tag (compared weakly, as RFC 9110 § 13.1.2 asks) or is `*`. */
export function ifNoneMatchHolds(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}
