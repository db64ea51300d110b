// Trusted documents: the apps send a document's SHA-256 instead of its text, and the API runs only the documents in
// the apps' manifests for signed-in sessions. The hash is taken over exactly what the client would otherwise send:
// the normalised cache adds __typename to every selection before the fetch, so the manifest does the same.
import { formatDocument, stringifyDocument } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import type { DocumentNode } from 'graphql';

/** The text the client sends for a document (after the cache's formatting). */
export function trustedDocumentText(document: DocumentNode): string {
  return stringifyDocument(formatDocument(document));
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Sends `extensions.persistedQuery.sha256Hash` in place of the query text, for queries, mutations and subscriptions
 * alike, always by POST. Placed just before the fetch exchange, after the cache has formatted the document.
 */
export const trustedDocumentsExchange = persistedExchange({
  enforcePersistedQueries: true,
  enableForMutation: true,
  enableForSubscriptions: true,
  preferGetForPersistedQueries: false,
  generateHash: (text) => sha256Hex(text),
});
