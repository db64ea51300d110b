// The response cache shared through Redis (issue 18): two API instances, each with its own memory, sharing only the
// database and Redis. An answer cached by one is served by the other, and a publication made on one reaches a cached
// national picture on the other within a second. Runs only where both DATABASE_URL and REDIS_URL are set.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type ScrutinyApp } from '../app.ts';
import { readConfig } from '../env.ts';
import { RESPONSE_CACHE_HEADER } from '../response-cache/plugin.ts';
import { listen } from '../server.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';

const { databaseUrl, redisUrl } = readConfig();
const enabled = Boolean(databaseUrl && redisUrl);
const redisKeyPrefix = `scrutiny-test-${randomBytes(4).toString('hex')}:`;

let first: TestApi;
let second: ScrutinyApp;
const servers: { url: string; close(): Promise<void> }[] = [];

const PICTURE = `{ nationalPicture(frameworkKey: "esi") { areas { area { code } inspection { year } criterionScores { code percentage } } } }`;
type Picture = { nationalPicture: { areas: { area: { code: string }; inspection: { year: number } | null }[] } };

async function post<T>(url: string, query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  return { cache: response.headers.get(RESPONSE_CACHE_HEADER), body };
}

// The cache's write goes to Redis after the answer is sent (envelop's response cache does not hold the answer for
// it), so another instance sees it a moment later: within a second, however loaded the machine.
async function servedFromCache(url: string) {
  const since = performance.now();
  let seen = await post<Picture>(url, PICTURE);
  while (seen.cache !== 'hit' && performance.now() - since < 1000) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    seen = await post<Picture>(url, PICTURE);
  }
  return seen;
}

const westMidlandsYear = (picture: Picture | undefined) =>
  picture?.nationalPicture.areas.find((a) => a.area.code === 'WMPA')?.inspection?.year;

describe.runIf(enabled)('the response cache shared by several API instances through Redis', () => {
  beforeAll(async () => {
    const config = { redisUrl, redisKeyPrefix };
    first = await startTestApi({ seed: true, config });
    second = await createApp(
      { ...readConfig({ SCRUTINY_LOG_LEVEL: 'silent' }), secureCookies: false, ...config },
      { db: first.app.db },
    );
    const listening = { ...readConfig({ PORT: '0', SCRUTINY_LOG_LEVEL: 'silent' }), secureCookies: false };
    servers.push(await listen(first.app, listening), await listen(second, listening));
  }, 120_000);
  afterAll(async () => {
    for (const server of servers) await server.close();
    await second?.close().catch(() => {});
    await first?.close();
  });

  it('serves on one instance what the other cached, and a publication on one ends it on the other within a second', async () => {
    const [a, b] = servers.map((s) => s.url) as [string, string];
    expect((await post(a, PICTURE)).cache).toBe('miss');
    const shared = await servedFromCache(b);
    expect(shared.cache).toBe('hit');
    expect(westMidlandsYear(shared.body.data)).toBe(2005);

    const inspector = await first.signIn(DEMO_EMAILS.inspector);
    const chief = await first.signIn(DEMO_EMAILS.assistantChiefInspector);
    const open = await first.app.db.prisma.inspection.findFirstOrThrow({
      where: { area: { code: 'WMPA' }, year: 2006 },
    });
    const inspectionId = encodeGlobalID('Inspection', open.id);
    const move = (to: string, as: string) =>
      post(
        a,
        `mutation ($input: MutationMoveInspectionInput!) { moveInspection(input: $input) { __typename } }`,
        { input: { inspectionId, to } },
        as,
      );
    for (const to of ['VALIDATION', 'DRAFTING', 'FACTUAL_ACCURACY_CHECK']) await move(to, inspector);
    await move('SIGNED_OFF', chief);
    // Cached again on the second instance before the publication.
    expect((await servedFromCache(b)).cache).toBe('hit');

    const published = await post<{ publishInspection: { __typename: string } }>(
      a,
      `mutation ($input: MutationPublishInspectionInput!) { publishInspection(input: $input) { __typename } }`,
      { input: { inspectionId } },
      chief,
    );
    expect(published.body.data?.publishInspection.__typename).toBe('MutationPublishInspectionSuccess');
    const publishedAt = performance.now();
    let year: number | undefined;
    while (performance.now() - publishedAt < 1000) {
      year = westMidlandsYear((await post<Picture>(b, PICTURE)).body.data);
      if (year === 2006) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(year).toBe(2006);
  });

  it('asks Redis for a kept answer once per process, then serves the copy it holds (the key holds its generation)', async () => {
    const [a, b] = servers.map((s) => s.url) as [string, string];
    const document = `{ nationalPicture(frameworkKey: "esi", subsample: "HIGH_RISK_OF_HARM") { areas { area { code } } } }`;
    expect((await post(a, document)).cache).toBe('miss');
    const watcher = new Redis(redisUrl!, { lazyConnect: true });
    await watcher.connect();
    const monitor = await watcher.monitor();
    const reads: string[] = [];
    monitor.on('monitor', (_time: string, args: string[]) => {
      if (args[0]?.toLowerCase() === 'get' && args[1]?.startsWith(`${redisKeyPrefix}response-cache:`))
        reads.push(args[1]);
    });
    try {
      // The other process's first hit reads Redis; the next ones are served its own copy.
      const since = performance.now();
      let first = await post(b, document);
      while (first.cache !== 'hit' && performance.now() - since < 1000) first = await post(b, document);
      expect(first.cache).toBe('hit');
      for (let i = 0; i < 5; i += 1) expect((await post(b, document)).cache).toBe('hit');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(new Set(reads).size).toBe(1);
      const readsBefore = reads.length;
      for (let i = 0; i < 5; i += 1) await post(b, document);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(reads.length).toBe(readsBefore);
    } finally {
      monitor.disconnect();
      watcher.disconnect();
    }
  });
});
