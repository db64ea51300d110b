// Live events for subscriptions. A change to an inspection is announced only once the transaction that made it has
// committed, so a subscriber that re-reads the inspection always sees the change. With Redis configured the events
// travel through it and every API process hears every change; without it they stay in this process.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { PrismaClient } from '@scrutiny/db';
import { createPubSub, type PubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { SessionEndings } from '../auth/session-cache.ts';
import type { CacheGeneration } from '../response-cache/generation.ts';
import { changesPublishedFigures } from '../response-cache/published-changes.ts';

export interface InspectionEvent {
  inspectionId: string;
}

export type LiveTopics = {
  /** Progress, scores or status of one inspection changed. */
  inspectionChanged: [inspectionId: string, event: InspectionEvent];
  /** An inspection was published. */
  inspectionPublished: [event: InspectionEvent];
  /** Someone signed out: every process forgets the session (auth/session-cache.ts). */
  sessionEnded: [event: { tokenHash: string }];
  /** Something cached answers of published figures may show changed: every process drops them (response-cache/). */
  publishedFiguresChanged: [event: { generation: number }];
};

export interface LiveEvents {
  pubSub: PubSub<LiveTopics>;
  close(): Promise<void>;
}

export function createLiveEvents(redisUrl: string | undefined): LiveEvents {
  if (!redisUrl) return { pubSub: createPubSub<LiveTopics>(), close: async () => {} };
  const publishClient = connect(redisUrl, 'publish');
  const subscribeClient = connect(redisUrl, 'subscribe');
  return {
    pubSub: createPubSub<LiveTopics>({
      eventTarget: createRedisEventTarget({
        publishClient: settlingCommands(publishClient, 'publish'),
        subscribeClient: settlingCommands(subscribeClient, 'subscribe'),
      }),
    }),
    close: async () => {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}

function connect(redisUrl: string, role: 'publish' | 'subscribe'): Redis {
  // No ready check (an INFO sent after connecting) on the subscribing connection: a SUBSCRIBE sent before the INFO's
  // reply puts the connection in subscriber mode, the INFO is then refused ("only subscriber commands may be used"),
  // and the subscriptions made meanwhile were lost, so a busy process stopped hearing sign-outs from the others.
  const client = new Redis(redisUrl, { maxRetriesPerRequest: null, enableReadyCheck: role !== 'subscribe' });
  // ioredis reconnects by itself; without a listener a lost connection would crash the process.
  client.on('error', (error: Error) => console.error(`Redis (${role}): ${error.message}`));
  return client;
}

/**
 * The event target fires publish, subscribe and unsubscribe without awaiting them; one failing (Redis gone, or a
 * subscriber leaving while the process shuts down) must be logged, not left as an unhandled rejection that ends the
 * process.
 */
function settlingCommands(client: Redis, role: string): Redis {
  const fired = new Set<PropertyKey>(['publish', 'subscribe', 'unsubscribe']);
  return new Proxy(client, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const method = (value as (...args: unknown[]) => unknown).bind(target);
      if (!fired.has(property)) return method;
      return (...args: unknown[]) =>
        (method(...args) as Promise<unknown>).catch((error: Error) => {
          console.error(`Redis (${role}) ${String(property)}: ${error.message}`);
        });
    },
  });
}

/** Audited actions that change what the live scores page shows: progress, scores or the inspection's status. */
const LIVE_ACTIONS = /^(answer|caseFile|sample|validation|inspection|recordedResult|rating)\./;

interface PendingEvents {
  changed: Set<string>;
  published: Set<string>;
  /** A change that may alter cached answers of published figures (response-cache/published-changes.ts). */
  publishedFigures: boolean;
}

const nothingPending = (): PendingEvents => ({ changed: new Set(), published: new Set(), publishedFigures: false });

const pending = new AsyncLocalStorage<PendingEvents>();

/**
 * Called by `audit` for every recorded change: remembers the inspection so that it is announced when the
 * surrounding transaction commits (and never if it rolls back), and whether the response cache's generation must be
 * raised then. Outside an announcing client it does nothing.
 */
export function noteInspectionChange(action: string, inspectionId: string | null | undefined): void {
  const events = pending.getStore();
  if (!events) return;
  if (changesPublishedFigures(action)) events.publishedFigures = true;
  if (!inspectionId || !LIVE_ACTIONS.test(action)) return;
  events.changed.add(inspectionId);
  if (action === 'inspection.publish') events.published.add(inspectionId);
}

/** What a committed change tells: its inspections to live subscribers, and the cache generation when it must rise. */
interface Announcer {
  live: LiveEvents;
  generation: Pick<CacheGeneration, 'raise'> | null;
}

async function announce(events: PendingEvents, { live, generation }: Announcer): Promise<void> {
  for (const inspectionId of events.changed) live.pubSub.publish('inspectionChanged', inspectionId, { inspectionId });
  for (const inspectionId of events.published) live.pubSub.publish('inspectionPublished', { inspectionId });
  // Before the change's caller goes on: a read that starts after it sees no answer cached before the change.
  if (events.publishedFigures) await generation?.raise();
}

/**
 * The Prisma client the services use, with one difference: an interactive transaction announces the inspections
 * its audited changes touched after it commits, and raises the response cache's generation when one of them may
 * change published figures. Every state change is audited in its transaction, so no service, resolver, job or
 * command announces by hand, whether or not a GraphQL mutation called it.
 */
export function announcingCommits(
  prisma: PrismaClient,
  live: LiveEvents,
  generation: Pick<CacheGeneration, 'raise'> | null = null,
): PrismaClient {
  const announcer: Announcer = { live, generation };
  const transaction = prisma.$transaction.bind(prisma) as (...args: unknown[]) => Promise<unknown>;
  const $transaction = async (work: unknown, ...rest: unknown[]) => {
    // Batched (array) transactions write no audit rows; a transaction started inside another is announced by it.
    if (typeof work !== 'function' || pending.getStore()) return transaction(work, ...rest);
    const events = nothingPending();
    const result = await pending.run(events, () => transaction(work, ...rest));
    await announce(events, announcer);
    return result;
  };
  const announcing = new Proxy(prisma, {
    get(target, property) {
      if (property === '$transaction') return $transaction;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  announcers.set(announcing, announcer);
  return announcing;
}

const announcers = new WeakMap<PrismaClient, Announcer>();

/**
 * For a change made in one SQL statement (which commits on its own, without an interactive transaction): the
 * inspections the changes `work` notes touched are announced once it has returned, and never if it throws.
 */
export async function announcingStatement<T>(prisma: PrismaClient, work: () => Promise<T>): Promise<T> {
  const announcer = announcers.get(prisma);
  if (!announcer || pending.getStore()) return work();
  const events = nothingPending();
  const result = await pending.run(events, work);
  await announce(events, announcer);
  return result;
}

/** Sign-outs, told to every process through the live events (so through Redis when there are several). */
export function sessionEndings(live: LiveEvents): SessionEndings {
  return {
    announce: (tokenHash) => live.pubSub.publish('sessionEnded', { tokenHash }),
    listen: (forget) => {
      void (async () => {
        for await (const { tokenHash } of live.pubSub.subscribe('sessionEnded')) forget(tokenHash);
      })();
    },
  };
}
