// The urql client both apps use: same-origin /graphql, session cookie, normalised cache keyed by Relay ids, trusted
// documents sent by hash.
import { Client, fetchExchange, type Exchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { embeddedTypes, possibleTypes } from './generated/possible-types.ts';
import { trustedDocumentsExchange } from './trusted-documents.ts';

export interface ScrutinyClientOptions {
  /** Absolute or same-origin URL of the GraphQL endpoint; defaults to /graphql. */
  url?: string;
  /** Extra exchanges placed before the fetch exchange (e.g. the inspector app's offline queue). */
  exchanges?: Exchange[];
  /** The fetch to send requests with; the global one by default. */
  fetch?: typeof fetch;
  /** Queries suspend until their data is in: for rendering on the server, where the page waits for all of it. */
  suspense?: boolean;
}

export function createScrutinyClient(options: ScrutinyClientOptions = {}): Client {
  // Every type without an id (the schema's, listed by scripts/possible-types.ts) is cached inside its parent.
  const keys = Object.fromEntries(embeddedTypes.map((type) => [type, () => null]));
  return new Client({
    url: options.url ?? '/graphql',
    // Every operation is a POST: answers are personal and must never be cached by URL, and a POST carries the
    // content type that makes the browser's CSRF protection apply.
    preferGetMethod: false,
    ...(options.suspense ? { suspense: true } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    // Subscriptions travel over the same fetch as server-sent events (yoga answers `text/event-stream`): no socket
    // library in the bundle, and the session cookie goes with them as with any request.
    fetchSubscriptions: true,
    fetchOptions: { credentials: 'same-origin', headers: { 'x-scrutiny-client': 'app' } },
    exchanges: [
      cacheExchange({ keys, possibleTypes }),
      ...(options.exchanges ?? []),
      // The apps send only trusted documents: their hashes, listed in the manifests the API reads.
      trustedDocumentsExchange,
      fetchExchange,
    ],
  });
}
