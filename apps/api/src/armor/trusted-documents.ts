// Trusted documents: the apps send the SHA-256 of a document listed in their build's manifest instead of its text.
// Under `require` a signed-in session may run nothing else, so a stolen session cookie cannot be used to send
// arbitrary documents; anonymous callers and API token holders may send any document (within their cost limit).
import { existsSync, readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.ts';
import type { Logger } from '../observability/logger.ts';

export interface TrustedDocuments {
  /** The document text for a hash, when an app's manifest lists it. */
  byHash(hash: string): string | null;
  /** Whether this exact text is one of the apps' documents. */
  has(text: string): boolean;
  readonly size: number;
}

export function loadTrustedDocuments(manifests: readonly string[], logger?: Logger): TrustedDocuments {
  const documents = new Map<string, string>();
  for (const path of manifests) {
    if (!existsSync(path)) {
      logger?.warn({ manifest: path }, 'trusted document manifest missing: run the apps\u2019 generate task');
      continue;
    }
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    for (const [hash, text] of Object.entries(manifest)) if (typeof text === 'string') documents.set(hash, text);
  }
  const texts = new Set(documents.values());
  return { byHash: (hash) => documents.get(hash) ?? null, has: (text) => texts.has(text), size: documents.size };
}

export function useTrustedDocuments(options: {
  mode: 'require' | 'allow';
  documents: TrustedDocuments;
  /** Whether the request comes from a signed-in session (resolved once per request). */
  isSignedIn(request: Request): Promise<boolean>;
}): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (hash) => options.documents.byHash(hash),
    allowArbitraryOperations: options.mode === 'allow' ? true : async (request) => !(await options.isSignedIn(request)),
    customErrors: {
      notFound: {
        message: 'This document id is not one of the apps\u2019 trusted documents.',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
      },
      persistedQueryOnly: {
        message:
          'Signed-in sessions may run only the apps\u2019 trusted documents. Send the document\u2019s id, or call ' +
          'anonymously or with an API token to send your own.',
        extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
      },
      keyNotFound: {
        message: 'Send a query, or a trusted document id in extensions.persistedQuery.sha256Hash.',
        extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED', http: { status: 400 } },
      },
    },
  });
}
