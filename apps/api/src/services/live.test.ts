// Changes are announced when, and only when, the transaction that audited them commits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, PrismaClient } from '@scrutiny/db';
import { createTestDb } from '@scrutiny/db/testing';
import { audit } from './audit.ts';
import { announcingCommits, createLiveEvents, type LiveEvents } from './live.ts';

let db: Db;
let live: LiveEvents;
let prisma: PrismaClient;

beforeAll(async () => {
  db = await createTestDb('pglite');
  live = createLiveEvents(undefined);
  prisma = announcingCommits(db.prisma, live);
}, 180_000);
afterAll(() => db?.close());

/** Collects the inspectionChanged events for `id` heard while `work` runs (and a moment after). */
async function heard(id: string, work: () => Promise<unknown>): Promise<string[]> {
  const events: string[] = [];
  const stream = live.pubSub.subscribe('inspectionChanged', id)[Symbol.asyncIterator]();
  const reading = (async () => {
    for (;;) {
      const next = await stream.next();
      if (next.done) return;
      events.push(next.value.inspectionId);
    }
  })();
  // The listener is added on the first next(): give it a turn before working.
  await new Promise((resolve) => setTimeout(resolve, 10));
  await work().catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 50));
  await stream.return?.();
  await reading;
  return events;
}

const entry = (action: string, inspectionId: string) => ({
  action,
  entity: 'Inspection',
  entityId: inspectionId,
  inspectionId,
});

describe('announcingCommits', () => {
  it('announces an audited change once its transaction commits, once per inspection', async () => {
    const events = await heard('insp-1', () =>
      prisma.$transaction(async (tx) => {
        await audit(tx, null, entry('answer.update', 'insp-1'));
        await audit(tx, null, entry('answer.create', 'insp-1'));
      }),
    );
    expect(events).toEqual(['insp-1']);
  });

  it('announces nothing when the transaction rolls back after auditing', async () => {
    const events = await heard('insp-2', () =>
      prisma.$transaction(async (tx) => {
        await audit(tx, null, entry('answer.update', 'insp-2'));
        throw new Error('changed my mind');
      }),
    );
    expect(events).toEqual([]);
    await expect(db.prisma.auditEvent.count({ where: { inspectionId: 'insp-2' } })).resolves.toBe(0);
  });

  it('announces nothing for changes that do not touch progress, scores or status', async () => {
    const events = await heard('insp-3', () =>
      prisma.$transaction((tx) => audit(tx, null, entry('finding.add', 'insp-3'))),
    );
    expect(events).toEqual([]);
  });

  it('announces a publication on its own topic as well', async () => {
    const published: string[] = [];
    const stream = live.pubSub.subscribe('inspectionPublished')[Symbol.asyncIterator]();
    const next = stream.next();
    await prisma.$transaction((tx) => audit(tx, null, entry('inspection.publish', 'insp-4')));
    published.push((await next).value.inspectionId);
    await stream.return?.();
    expect(published).toEqual(['insp-4']);
  });
});
