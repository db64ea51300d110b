// The response cache of published figures (issue 18): answers to reads of published inspections (scorecards, the
// national picture, reports, area pages) by anonymous callers, API tokens and board members are kept, keyed by
// document, variables, the caller's visibility class (cacheable.ts) and the cache generation (generation.ts), in
// memory or, with REDIS_URL, in Redis so every process shares them. Any mutation that could change what they show
// raises the generation after it has committed, ending every cached answer on every process (so do committed service
// changes made outside a mutation, a restore and a process's start: generation.ts, services/live.ts). The caller is
// still identified and rate-limited before the cache is consulted; the answer's own headers say `hit` or `miss`.
// Signed-in readers whose answers are otherwise their own share one class for the documents whose every field is the
// same for whoever asks (viewer-independent.ts: the national picture), so the inspectorate's read of the national
// picture is served kept too (issue 23).
import { createHash } from 'node:crypto';
import { useResponseCache, createInMemoryCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import { createRedisCache } from '@envelop/response-cache-redis';
import { Kind, getOperationAST } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import type { PrismaClient } from '@scrutiny/db';
import type { Viewer } from '../access/viewer.ts';
import type { ApiTokenHolder } from '../auth/api-tokens.ts';
import type { Logger } from '../observability/logger.ts';
import { isSharedRead, visibilityClass } from './cacheable.ts';
import type { CacheGeneration } from './generation.ts';
import { isViewerIndependentRead } from './viewer-independent.ts';
import { withSerialisedData } from './serialised-data.ts';
import { withProcessCopies } from './process-copies.ts';

/** The response header that says whether an answer came from the cache: `hit`, `miss` (then kept), absent: never. */
export const RESPONSE_CACHE_HEADER = 'x-scrutiny-response-cache';

/**
 * Mutations that change nothing a cached answer shows: work on unpublished inspections (which only the inspectorate,
 * whose answers are never cached, sees) and a person's own account. Any other mutation, including one added later,
 * ends every cached answer.
 */
const LEAVES_PUBLISHED_FIGURES = new Set([
  'saveAnswer',
  'submitCaseFile',
  'recordValidation',
  'compareSecondMarking',
  'resolveValidation',
  'signIn',
  'signOut',
  'changePassword',
  'beginTwoFactorEnrolment',
  'confirmTwoFactorEnrolment',
  'endSession',
  'exportPersonalData',
  'previewCaseList',
]);

export interface ResponseCacheOptions {
  ttlSeconds: number;
  generation: CacheGeneration;
  /** Redis to keep the answers in (shared by every process); in this process's memory otherwise. */
  redis: Redis | null;
  prisma: PrismaClient;
  /** The schema the documents are decided against (which of them read only what is the same for every caller). */
  schema: GraphQLSchema;
  logger: Logger;
  callerOf(request: Request): Promise<{ viewer: Viewer | null; apiToken: ApiTokenHolder | null }>;
  /** Whether a signed-in person must still set up a second factor (then they may read nothing cached). */
  mustEnrolTwoFactor(viewer: Viewer): boolean;
  /** Whether the request came over the network (in-process readers form a class of their own). */
  overNetwork(serverContext: unknown): boolean;
}

const SERVED_FROM_CACHE = Symbol.for('servedFromResponseCache');
/** The key of an answer that is never shared: never looked up nor stored. */
const NEVER_SHARED = 'never-shared';
/**
 * The class of signed-in readers whose own answers are never shared (the inspectorate, assessors, a board member
 * with a draft open): only a document whose answer is the same for every caller (viewer-independent.ts, e.g. the
 * national picture) is shared among them. One cost limit applies to all of them, so one class suffices.
 */
const SIGNED_IN = 'signed-in';

/**
 * Raises the generation after any mutation that could change published figures or the list of published reports:
 * installed whether or not answers are cached, since the public pages' list of published reports (public-pages/)
 * is kept per process under the same generation.
 */
export function useGenerationRaise(generation: CacheGeneration): Plugin {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'mutation') return;
      const changes = operation.selectionSet.selections.some(
        (s) => s.kind !== Kind.FIELD || !LEAVES_PUBLISHED_FIGURES.has(s.name.value),
      );
      if (!changes) return;
      return {
        // After the mutation's transaction has committed: a read that starts after this sees the change.
        onExecuteDone: () => generation.raise(),
      };
    },
  };
}

export function usePublishedFiguresCache(options: ResponseCacheOptions): Plugin[] {
  const { generation, logger } = options;
  const classes = new WeakMap<Request, string | null>();
  const outcome = new WeakMap<Request, 'hit' | 'miss'>();
  const boardDrafts = boardDraftCheck(options.prisma);
  const store = failSafe(
    options.redis
      ? withProcessCopies(createRedisCache({ redis: options.redis }), options.ttlSeconds * 1000)
      : createInMemoryCache({ max: 2000 }),
    logger,
  );

  const cache = useResponseCache<Record<string, unknown>>({
    cache: store,
    ttl: options.ttlSeconds * 1000,
    // The generation ends cached answers; the plugin's own tracking of entities is not used.
    invalidateViaMutation: false,
    includeExtensionMetadata: false,
    // The class and the generation it was decided at, together: a board member's "no draft open" holds for that
    // generation only, so their answer is kept under it.
    session: async (request, serverContext) => {
      await generation.ready;
      const current = generation.current();
      const caller = await options.callerOf(request);
      const gated = caller.viewer !== null && options.mustEnrolTwoFactor(caller.viewer);
      const visibility = gated ? null : visibilityClass(caller, options.overNetwork(serverContext));
      let key: string | null = null;
      if (current === null) key = null;
      else if (visibility?.kind === 'public') key = `${visibility.key}|${current}`;
      else if (visibility?.kind === 'board' && !(await boardDrafts(visibility.areaId, current)))
        key = `board:${visibility.areaId}|${current}`;
      if (key === null && current !== null && caller.viewer !== null && !gated)
        key = `${SIGNED_IN}:${options.overNetwork(serverContext) ? 'network' : 'in-process'}|${current}`;
      classes.set(request, key);
      return key;
    },
    // Asked by the plugin for every request, cached or not: an answer that is never shared gets no key worth hashing
    // (the plugin neither reads nor writes it, since `enabled` says no), so signed-in work costs no digest.
    buildResponseCacheKey: ({ documentString, variableValues, operationName, sessionId, request }) => {
      const shared =
        sessionId != null &&
        (sessionId.startsWith(SIGNED_IN)
          ? isViewerIndependentRead(options.schema, documentString, operationName)
          : isSharedRead(documentString, operationName));
      if (!shared) {
        classes.set(request, null);
        return NEVER_SHARED;
      }
      return createHash('sha256')
        .update([documentString, operationName ?? '', JSON.stringify(variableValues ?? {}), sessionId].join('|'))
        .digest('hex');
    },
    enabled: (request) => classes.get(request) != null,
  });

  const bookkeeping: Plugin = {
    onResultProcess({ request, result }) {
      if (!classes.get(request)) return;
      const served = !Array.isArray(result) && SERVED_FROM_CACHE in (result as object);
      outcome.set(request, served ? 'hit' : 'miss');
    },
    onResponse({ request, response }) {
      const seen = outcome.get(request);
      if (seen) response.headers.set(RESPONSE_CACHE_HEADER, seen);
    },
  };
  return [cache, bookkeeping];
}

/**
 * Whether a board member's area has an inspection open to its board but not published (factual accuracy check,
 * signed off): then their answers are not shared, since nothing unpublished may come from a shared entry. Asked
 * once per area per cache generation (a change of status raises it).
 */
function boardDraftCheck(prisma: PrismaClient) {
  const known = new Map<string, { generation: number; draft: Promise<boolean> }>();
  return (areaId: string, generation: number): Promise<boolean> => {
    const entry = known.get(areaId);
    if (entry?.generation === generation) return entry.draft;
    const draft = prisma.inspection
      .count({ where: { areaId, status: { in: ['FACTUAL_ACCURACY_CHECK', 'SIGNED_OFF'] } } })
      .then((n) => n > 0)
      // Unknown counts as a draft: then nothing is shared.
      .catch(() => true);
    known.set(areaId, { generation, draft });
    return draft;
  };
}

/** A cache that misses rather than fails: Redis being away slows answers, it never refuses them. */
function failSafe(cache: Cache, logger: Logger): Cache {
  const warn = (what: string) => (error: unknown) => {
    logger.warn({ err: error }, `response cache: ${what} failed`);
    return undefined;
  };
  return {
    get: async (key) => {
      try {
        const kept = await cache.get(key);
        return kept ? withSerialisedData(kept) : kept;
      } catch (error) {
        return warn('a read')(error);
      }
    },
    // No entities: answers end by generation, so nothing tracks which answer showed which record.
    set: async (key, value, _entities, ttl) => {
      try {
        await cache.set(key, value, [], ttl);
      } catch (error) {
        warn('a write')(error);
      }
    },
    invalidate: async () => {},
  };
}
