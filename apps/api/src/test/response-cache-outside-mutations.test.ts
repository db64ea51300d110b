// Changes made outside any GraphQL mutation end the cached answers of published figures too (issue 18): the erasure
// job, a restore of the database under running processes, a process started after a change made while none ran, and
// `load:reference-data` run beside a running server. Each is seen through real HTTP: an anonymous read cached before
// the change is not served after it, on the process that made it and on another.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { backupToFile, createDb, restoreFromFile, type Db } from '@scrutiny/db';
import { createTestDb } from '@scrutiny/db/testing';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type ScrutinyApp } from '../app.ts';
import { readConfig, type Config } from '../env.ts';
import { RESPONSE_CACHE_HEADER } from '../response-cache/plugin.ts';
import { listen } from '../server.ts';
import { scheduleRetentionJob } from '../services/retention-job.ts';
import { DEMO_PASSWORD, startTestApi } from '../testing/harness.ts';
import { seedReferenceData } from '../seed/seed-reference.ts';
import { referenceSeed } from '../seed/reference-seed.ts';

const { databaseUrl, redisUrl } = readConfig();

interface Server {
  url: string;
  close(): Promise<void>;
}
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

async function serve(app: ScrutinyApp): Promise<Server> {
  const server = await listen(app, {
    ...readConfig({ PORT: '0', SCRUTINY_LOG_LEVEL: 'silent' }),
    secureCookies: false,
  });
  cleanups.push(() => server.close());
  return server;
}

async function post<T>(server: Server, query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  return { cache: response.headers.get(RESPONSE_CACHE_HEADER), body };
}

const ERASED = `query ($id: ID!) { inspection(id: $id) { personalDataErasedAt } }`;
type Erased = { inspection: { personalDataErasedAt: string | null } | null };

const PICTURE = `{ nationalPicture(frameworkKey: "esi") { areas { area { code } inspection { year } } } }`;
type Picture = { nationalPicture: { areas: { area: { code: string }; inspection: { year: number } | null }[] } };
const westMidlandsYear = (picture: Picture | undefined) =>
  picture?.nationalPicture.areas.find((a) => a.area.code === 'WMPA')?.inspection?.year;

/** Reads until `done` holds or a second has passed; the last answer. */
async function within<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const started = performance.now();
  let value = await read();
  while (!done(value) && performance.now() - started < 1000) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    value = await read();
  }
  return value;
}

/** Reads twice: the second answer must come from the cache, or the test would prove nothing. */
async function cached<T>(server: Server, query: string, variables: Record<string, unknown> = {}) {
  await post<T>(server, query, variables);
  const again = await post<T>(server, query, variables);
  expect(again.cache).toBe('hit');
  return again.body.data;
}

async function aPublishedInspectionOfCaseFiles(db: Db): Promise<string> {
  const inspection = await db.prisma.inspection.findFirstOrThrow({
    where: { status: 'PUBLISHED', evidence: 'CASE_FILES' },
    select: { id: true },
  });
  return encodeGlobalID('Inspection', inspection.id);
}

async function signIn(server: Server, email: string): Promise<string> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: MutationSignInInput!) { signIn(input: $input) { __typename } }',
      variables: { input: { email, password: DEMO_PASSWORD } },
    }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed for ${email}`);
  return cookie;
}

/** Publishes the demo West Midlands 2006 follow-up (in fieldwork when seeded) through the API. */
async function publishWestMidlands2006(server: Server, db: Db): Promise<void> {
  const inspector = await signIn(server, DEMO_EMAILS.inspector);
  const chief = await signIn(server, DEMO_EMAILS.assistantChiefInspector);
  const open = await db.prisma.inspection.findFirstOrThrow({ where: { area: { code: 'WMPA' }, year: 2006 } });
  const inspectionId = encodeGlobalID('Inspection', open.id);
  const move = (to: string, as: string) =>
    post(
      server,
      `mutation ($input: MutationMoveInspectionInput!) { moveInspection(input: $input) { __typename } }`,
      { input: { inspectionId, to } },
      as,
    );
  for (const to of ['VALIDATION', 'DRAFTING', 'FACTUAL_ACCURACY_CHECK']) await move(to, inspector);
  await move('SIGNED_OFF', chief);
  const published = await post<{ publishInspection: { __typename: string } }>(
    server,
    `mutation ($input: MutationPublishInspectionInput!) { publishInspection(input: $input) { __typename } }`,
    { input: { inspectionId } },
    chief,
  );
  expect(published.body.data?.publishInspection.__typename).toBe('MutationPublishInspectionSuccess');
}

/** Runs the erasure job as the server schedules it, with every published inspection due (retention of 0 months). */
async function runErasureJob(app: ScrutinyApp): Promise<void> {
  const job = scheduleRetentionJob(app.services, 3_600_000);
  expect(job).not.toBeNull();
  try {
    await job!.runNow();
  } finally {
    job!.stop();
  }
}

const erasureConfig: Partial<Config> = { retentionMonths: 0, erasureJobMinutes: 60 };

describe('cached answers after changes made outside a mutation, in one process', () => {
  it('the erasure job: an inspection read before shows its erasure after', async () => {
    const api = await startTestApi({ seed: true, config: erasureConfig });
    cleanups.push(() => api.close());
    const server = await serve(api.app);
    const id = await aPublishedInspectionOfCaseFiles(api.app.db);
    expect((await cached<Erased>(server, ERASED, { id }))?.inspection?.personalDataErasedAt).toBeNull();

    await runErasureJob(api.app);
    const after = await post<Erased>(server, ERASED, { id });
    expect(after.body.data?.inspection?.personalDataErasedAt).not.toBeNull();
  }, 180_000);

  it('a restore: the national picture and the public pages’ list show the restored database at once', async () => {
    const api = await startTestApi({ seed: true });
    cleanups.push(() => api.close());
    const server = await serve(api.app);
    const file = join(mkdtempSync(join(tmpdir(), 'scrutiny-restore-cache-')), 'before.jsonl');
    const session = await api.app.db.sqlSession();
    cleanups.push(() => session.close());
    await backupToFile(session, file);

    await publishWestMidlands2006(server, api.app.db);
    expect(westMidlandsYear(await cached<Picture>(server, PICTURE))).toBe(2006);
    const listed = (await api.app.services.publicPages.published()).length;

    await restoreFromFile(session, file);
    const picture = await within(
      () => post<Picture>(server, PICTURE),
      (r) => westMidlandsYear(r.body.data) === 2005,
    );
    expect(westMidlandsYear(picture.body.data)).toBe(2005);
    expect((await api.app.services.publicPages.published()).length).toBe(listed - 1);
  }, 180_000);
});

describe.runIf(databaseUrl && redisUrl)(
  'cached answers after changes made outside a mutation, on another process',
  () => {
    /** A second API instance on the same database (its own connections) and Redis, as another process would be. */
    async function another(on: Db, config: Partial<Config>): Promise<ScrutinyApp> {
      const [where] = await on.prisma.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
      const url = new URL(databaseUrl!);
      url.pathname = `/${where!.name}`;
      const db = await createDb({ databaseUrl: url.toString() });
      const app = await createApp(
        { ...readConfig({ SCRUTINY_LOG_LEVEL: 'silent' }), secureCookies: false, ...config },
        { db },
      );
      // Closing the app closes its database client too.
      cleanups.push(() => app.close());
      return app;
    }
    const shared = () => ({ redisUrl, redisKeyPrefix: `scrutiny-test-${randomBytes(4).toString('hex')}:` });

    it('the erasure job run by one process ends the answer another cached, within a second', async () => {
      const config = { ...shared(), ...erasureConfig };
      const api = await startTestApi({ seed: true, config });
      cleanups.push(() => api.close());
      const other = await another(api.app.db, config);
      const first = await serve(api.app);
      const id = await aPublishedInspectionOfCaseFiles(api.app.db);
      expect((await cached<Erased>(first, ERASED, { id }))?.inspection?.personalDataErasedAt).toBeNull();

      await runErasureJob(other);
      const after = await within(
        () => post<Erased>(first, ERASED, { id }),
        (r) => r.body.data?.inspection?.personalDataErasedAt != null,
      );
      expect(after.body.data?.inspection?.personalDataErasedAt).not.toBeNull();
    }, 180_000);

    it('a restore made beside running processes reaches every one, within a second', async () => {
      const config = shared();
      const api = await startTestApi({ seed: true, config });
      cleanups.push(() => api.close());
      const other = await another(api.app.db, config);
      const [first, second] = [await serve(api.app), await serve(other)];
      const file = join(mkdtempSync(join(tmpdir(), 'scrutiny-restore-cache-')), 'before.jsonl');
      const session = await api.app.db.sqlSession();
      cleanups.push(() => session.close());
      await backupToFile(session, file);
      await publishWestMidlands2006(first, api.app.db);
      expect(westMidlandsYear(await cached<Picture>(second, PICTURE))).toBe(2006);

      // The restore command's own connection, while both processes run.
      await restoreFromFile(session, file);
      const picture = await within(
        () => post<Picture>(second, PICTURE),
        (r) => westMidlandsYear(r.body.data) === 2005,
      );
      expect(westMidlandsYear(picture.body.data)).toBe(2005);
    }, 240_000);

    it('a process started after a restore made while none ran serves nothing cached before it', async () => {
      const config = shared();
      const db = await createTestDb('postgres');
      cleanups.push(() => db.close());
      const before = await another(db, config);
      await seedReferenceData(before.db.prisma, before.services.frameworks, referenceSeed());
      const file = join(mkdtempSync(join(tmpdir(), 'scrutiny-restore-cache-')), 'before.jsonl');
      const session = await db.sqlSession();
      cleanups.push(() => session.close());
      await backupToFile(session, file);
      const running = await serve(before);
      await publishWestMidlands2006(running, db);
      expect(westMidlandsYear(await cached<Picture>(running, PICTURE))).toBe(2006);
      await running.close();
      await before.close();

      await restoreFromFile(session, file);
      const after = await serve(await another(db, config));
      expect(westMidlandsYear((await post<Picture>(after, PICTURE)).body.data)).toBe(2005);
    }, 240_000);
  },
);
