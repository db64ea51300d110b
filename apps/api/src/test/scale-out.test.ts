// Several API processes behind one address: two app instances, each with its own database connection and its own
// PubSub, share one PostgreSQL database and one Redis. A subscriber on one hears a save made on the other.
// Runs only where both DATABASE_URL and REDIS_URL are set (CI's PostgreSQL pass); skipped otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { createDb, type Db } from '@scrutiny/db';
import { createTestDb } from '@scrutiny/db/testing';
import { DEMO_EMAILS, DEMO_PASSWORD } from '@scrutiny/reference-data';
import { createApp, type ScrutinyApp } from '../app.ts';
import { readConfig } from '../env.ts';
import { listen } from '../server.ts';
import { seedReferenceData } from '../seed/seed-reference.ts';
import { referenceSeed } from '../seed/reference-seed.ts';
import { openEventStream, type EventStream } from '../testing/event-stream.ts';

const base = { ...readConfig(), secureCookies: false, port: 0, apps: [] };
const enabled = Boolean(base.databaseUrl && base.redisUrl);

describe.skipIf(!enabled)('two API processes sharing Redis', () => {
  let dbA: Db;
  let dbB: Db;
  let apps: ScrutinyApp[] = [];
  let servers: { url: string; close(): Promise<void> }[] = [];
  let redis: Redis;
  let stream: EventStream<{ inspectionProgress: { id: string; progress: { answered: number } } }> | undefined;

  const post = async <T>(url: string, query: string, variables: Record<string, unknown>, cookie?: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { body: (await response.json()) as { data: T }, cookie: response.headers.get('set-cookie') };
  };
  const signIn = async (url: string, email: string) => {
    const { cookie } = await post(
      url,
      'mutation ($input: MutationSignInInput!) { signIn(input: $input) { __typename } }',
      { input: { email, password: DEMO_PASSWORD } },
    );
    return cookie!.split(';')[0]!;
  };

  beforeAll(async () => {
    dbA = await createTestDb('postgres');
    const appA = await createApp(base, { db: dbA });
    apps.push(appA);
    await seedReferenceData(dbA.prisma, appA.services.frameworks, referenceSeed());
    // The second process opens its own connection to the same database.
    const [current] = await dbA.prisma.$queryRawUnsafe<{ name: string }[]>('SELECT current_database() AS name');
    const url = new URL(base.databaseUrl!);
    url.pathname = `/${current!.name}`;
    dbB = await createDb({ databaseUrl: url.toString() });
    apps.push(await createApp(base, { db: dbB }));
    servers = await Promise.all(apps.map((app) => listen(app, base)));
    redis = new Redis(base.redisUrl!);
  }, 180_000);

  afterAll(async () => {
    stream?.close();
    redis?.disconnect();
    // Closing a server closes its app; the test database is dropped by the first app's close.
    await Promise.all(servers.map((s) => s.close()));
    apps = [];
  });

  it('a subscription on one process receives a save made on the other', async () => {
    const [a, b] = servers as [(typeof servers)[0], (typeof servers)[0]];
    const chief = await signIn(b.url, DEMO_EMAILS.assistantChiefInspector);
    const found = await post<{
      inspections: {
        edges: {
          node: {
            id: string;
            status: string;
            caseFiles: { edges: { node: { id: string; status: string; assessor: { email: string | null } | null } }[] };
          };
        }[];
      };
    }>(
      a.url,
      `{ inspections(first: 10, areaCode: "WMPA") { edges { node { id status caseFiles(first: 100) { edges { node { id status assessor { email } } } } } } } }`,
      {},
      chief,
    );
    const open = found.body.data.inspections.edges.map((e) => e.node).find((n) => n.status !== 'PUBLISHED')!;
    const file = open.caseFiles.edges.map((e) => e.node).find((f) => f.assessor?.email && f.status === 'ASSIGNED')!;

    stream = await openEventStream(
      `${b.url}/graphql`,
      'subscription ($id: ID!) { inspectionProgress(inspectionId: $id) { id progress { answered } } }',
      { id: open.id },
      chief,
    );
    await stream.opened;
    // Redis subscribes asynchronously: wait until process B's channel for this inspection exists.
    for (let tries = 0; tries < 50; tries += 1) {
      const channels = (await redis.pubsub('CHANNELS', `*${open.id}*`)) as string[];
      if (channels.length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const assessor = await signIn(a.url, file.assessor!.email!);
    const saved = await post<{ saveAnswer: { __typename: string } }>(
      a.url,
      'mutation ($input: MutationSaveAnswerInput!) { saveAnswer(input: $input) { __typename } }',
      { input: { caseFileId: file.id, measureKey: 'B1.initial-assessment-done', value: 'YES' } },
      assessor,
    );
    expect(saved.body.data.saveAnswer.__typename).toBe('MutationSaveAnswerSuccess');

    const event = await stream.next(10_000);
    expect(event.errors).toBeUndefined();
    expect(event.data!.inspectionProgress.id).toBe(open.id);
    expect(event.data!.inspectionProgress.progress.answered).toBeGreaterThan(0);
  });
});
