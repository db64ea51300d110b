// Several API processes behind one address: two real OS processes of the server, started as production starts them
// (NODE_ENV=production, an ordinary PostgreSQL role, configuration by environment), share one PostgreSQL database
// and one Redis. A subscriber on one hears a save made on the other; a caller's requests are counted against one
// rate limit whichever process they reach; guesses at a password spread over both are held to one throttle.
// Runs only where both DATABASE_URL and REDIS_URL are set (CI's PostgreSQL pass); skipped otherwise.
import { randomBytes } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import type { Db } from '@scrutiny/db';
import { createPostgresTestDbAs } from '@scrutiny/db/testing';
import { DEMO_EMAILS, DEMO_PASSWORD } from '@scrutiny/reference-data';
import { createApp, type ScrutinyApp } from '../app.ts';
import { readConfig } from '../env.ts';
import { seedReferenceData } from '../seed/seed-reference.ts';
import { referenceSeed } from '../seed/reference-seed.ts';
import { startApiProcess, type ApiProcess } from '../testing/api-process.ts';
import { openEventStream, type EventStream } from '../testing/event-stream.ts';
import {
  assignedFileOfOpenInspection,
  INSPECTIONS_WITH_FILES,
  type InspectionsWithFiles,
} from '../testing/live-fixture.ts';

const { databaseUrl, redisUrl } = readConfig();
const enabled = Boolean(databaseUrl && redisUrl);

const ANONYMOUS_LIMIT = 10;
/** Keys of this run only: other runs may share the Redis. */
const keyPrefix = `scrutiny-test-${randomBytes(4).toString('hex')}:`;

interface Reply<T> {
  status: number;
  body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  cookie: string | null;
}

/**
 * One GraphQL POST from the given loopback address: each scenario calls from an address of its own (127.0.0.x all
 * reach this machine), so the rate limit counts its requests only.
 */
function post<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { cookie?: string; from?: string; forwardedFor?: string } = {},
): Promise<Reply<T>> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const sent = request(
      `${url}/graphql`,
      {
        method: 'POST',
        localAddress: options.from ?? '127.0.0.1',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...(options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {}),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          const setCookie = response.headers['set-cookie']?.[0];
          resolve({
            status: response.statusCode ?? 0,
            body: JSON.parse(text) as Reply<T>['body'],
            cookie: setCookie ? setCookie.split(';')[0]! : null,
          });
        });
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

const SIGN_IN =
  'mutation ($input: MutationSignInInput!) { signIn(input: $input) { __typename ... on Error { code message } } }';

describe.skipIf(!enabled)('two API processes sharing PostgreSQL and Redis', () => {
  let db: Db | undefined;
  let seeder: ScrutinyApp | undefined;
  let processes: ApiProcess[] = [];
  let redis: Redis | undefined;
  let stream: EventStream<{ inspectionProgress: { id: string; progress: { answered: number } } }> | undefined;

  beforeAll(async () => {
    // Production's shape: an ordinary role owning its own database, never the superuser.
    db = await createPostgresTestDbAs('scrutiny_app_test');
    const [where] = await db.prisma.$queryRawUnsafe<{ name: string; role: string }[]>(
      'SELECT current_database() AS name, current_user AS role',
    );
    const url = new URL(databaseUrl!);
    url.pathname = `/${where!.name}`;
    url.username = where!.role;
    url.password = '';
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: url.toString(),
      REDIS_URL: redisUrl!,
      SCRUTINY_REDIS_PREFIX: keyPrefix,
      SCRUTINY_RATE_LIMIT_ANONYMOUS: String(ANONYMOUS_LIMIT),
      // The load balancer in front, whose X-Forwarded-For is believed.
      SCRUTINY_TRUSTED_PROXIES: '127.0.0.5',
      SCRUTINY_LOG_LEVEL: 'warn',
      // The demo accounts sign in with a password alone here (production would require a second factor).
      SCRUTINY_REQUIRE_2FA_ROLES: '',
      // Plain HTTP, and documents written here rather than the apps' trusted ones.
      SCRUTINY_SECURE_COOKIES: 'false',
      SCRUTINY_TRUSTED_DOCUMENTS: 'allow',
    };
    // Both processes start at once on the migrated, empty database (each registering the frameworks), while this
    // process loads the reference data into it.
    const seeding = (async () => {
      seeder = await createApp({ ...readConfig({ SCRUTINY_LOG_LEVEL: 'silent' }), apps: [] }, { db });
      // The West Midlands inspections are all this needs; the demo peers would only slow the start.
      const seed = referenceSeed();
      const inspections = seed.inspections.filter((i) => i.areaCode === 'WMPA');
      await seedReferenceData(db!.prisma, seeder.services.frameworks, { ...seed, inspections });
    })();
    const started = await Promise.allSettled([startApiProcess(env), startApiProcess(env), seeding]);
    processes = started.flatMap((s) => (s.status === 'fulfilled' && s.value ? [s.value] : []));
    for (const s of started) if (s.status === 'rejected') throw s.reason;
    redis = new Redis(redisUrl!);
  }, 240_000);

  afterAll(async () => {
    stream?.close();
    await Promise.all(processes.map((p) => p.stop()));
    if (redis) {
      const keys = await redis.keys(`${keyPrefix}*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    }
    // The seeding app's database is the test database: closing it drops it.
    await (seeder ? seeder.close() : db?.close());
  }, 60_000);

  const signIn = async (url: string, email: string) => {
    const reply = await post<{ signIn: { __typename: string } }>(url, SIGN_IN, {
      input: { email, password: DEMO_PASSWORD },
    });
    expect(reply.body.data?.signIn.__typename).toBe('MutationSignInSuccess');
    return reply.cookie!;
  };

  it('runs as two processes, each with its own pid and port', () => {
    const [a, b] = processes as [ApiProcess, ApiProcess];
    expect(a.child.pid).not.toBe(b.child.pid);
    expect(a.child.pid).not.toBe(process.pid);
    expect(a.url).not.toBe(b.url);
  });

  it('a subscription on one process receives a save made on the other', async () => {
    const [a, b] = processes as [ApiProcess, ApiProcess];
    const chief = await signIn(b.url, DEMO_EMAILS.assistantChiefInspector);
    // The session made on B is good on A: sessions live in the database.
    const found = await post<InspectionsWithFiles>(a.url, INSPECTIONS_WITH_FILES, {}, { cookie: chief });
    const file = assignedFileOfOpenInspection(found.body.data!);

    stream = await openEventStream(
      `${b.url}/graphql`,
      'subscription ($id: ID!) { inspectionProgress(inspectionId: $id) { id progress { answered } } }',
      { id: file.inspectionId },
      chief,
    );
    expect(stream.status).toBe(200);
    await stream.opened;
    // Redis subscribes asynchronously: wait until process B's channel for this inspection (by its database id, the
    // global id decoded) exists.
    const inspectionId = Buffer.from(file.inspectionId, 'base64').toString('utf8').split(':').pop()!;
    let channels: string[] = [];
    for (let tries = 0; tries < 50 && channels.length === 0; tries += 1) {
      channels = (await redis!.pubsub('CHANNELS', `*${inspectionId}*`)) as string[];
      if (channels.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(channels).toEqual([`inspectionChanged:${inspectionId}`]);

    const assessor = await signIn(a.url, file.assessorEmail);
    const saved = await post<{ saveAnswer: { __typename: string } }>(
      a.url,
      'mutation ($input: MutationSaveAnswerInput!) { saveAnswer(input: $input) { __typename } }',
      { input: { caseFileId: file.caseFileId, measureKey: 'B1.initial-assessment-done', value: 'YES' } },
      { cookie: assessor },
    );
    expect(saved.body.data?.saveAnswer.__typename).toBe('MutationSaveAnswerSuccess');

    const event = await stream.next(15_000);
    expect(event.errors).toBeUndefined();
    expect(event.data!.inspectionProgress.id).toBe(file.inspectionId);
    expect(event.data!.inspectionProgress.progress.answered).toBeGreaterThan(0);
  });

  it('counts an anonymous caller once across both processes: over the limit, either refuses', async () => {
    const [a, b] = processes as [ApiProcess, ApiProcess];
    const from = '127.0.0.2';
    // The limit is per minute: start well inside one, so the count is not reset half-way.
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 15_000) await new Promise((resolve) => setTimeout(resolve, left + 200));
    const windowStart = Date.now() - (Date.now() % 60_000);

    // Half the allowance on each: each process alone has seen only half the limit.
    for (let i = 0; i < ANONYMOUS_LIMIT; i++) {
      const reply = await post((i % 2 ? b : a).url, '{ __typename }', {}, { from });
      expect(reply.status, `request ${i + 1}`).toBe(200);
    }
    for (const target of [a, b]) {
      const over = await post(target.url, '{ __typename }', {}, { from });
      expect(over.status).toBe(429);
      expect(over.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    }
    // One counter, in Redis under the configured prefix, holds every request.
    expect(await redis!.get(`${keyPrefix}rate:ip:${from}:${windowStart}`)).toBe(String(ANONYMOUS_LIMIT + 2));
    // Another address is not held to this caller's count.
    expect((await post(a.url, '{ __typename }', {}, { from: '127.0.0.4' })).status).toBe(200);
    // Through the trusted balancer each client is counted by its forwarded address; anyone else's header is ignored.
    expect((await post(a.url, '{ __typename }', {}, { from: '127.0.0.5', forwardedFor: from })).status).toBe(429);
    expect((await post(b.url, '{ __typename }', {}, { from: '127.0.0.5', forwardedFor: '198.51.100.20' })).status).toBe(
      200,
    );
    expect((await post(b.url, '{ __typename }', {}, { from: '127.0.0.6', forwardedFor: from })).status).toBe(200);
    const counted = async (address: string) => redis!.get(`${keyPrefix}rate:ip:${address}:${windowStart}`);
    expect(await counted('198.51.100.20')).toBe('1');
    expect(await counted('127.0.0.6')).toBe('1');
    expect(await counted('127.0.0.5')).toBeNull();
  });

  it('holds guesses at a password spread over both processes to one throttle, and lets the owner in elsewhere', async () => {
    const [a, b] = processes as [ApiProcess, ApiProcess];
    const from = '127.0.0.3';
    const email = DEMO_EMAILS.informationManager;
    const guesses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        post<{ signIn: { code?: string } }>(
          (i % 2 ? b : a).url,
          SIGN_IN,
          { input: { email, password: `guess-${i}` } },
          { from },
        ),
      ),
    );
    const codes = guesses.map((g) => g.body.data?.signIn.code);
    const checked = codes.filter((c) => c === 'UNAUTHENTICATED').length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(4);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(8 - checked);
    for (const target of [a, b]) {
      const right = await post<{ signIn: { code?: string } }>(
        target.url,
        SIGN_IN,
        { input: { email, password: DEMO_PASSWORD } },
        { from },
      );
      expect(right.body.data?.signIn.code).toBe('RATE_LIMITED');
    }
    const elsewhere = await post<{ signIn: { __typename: string } }>(
      b.url,
      SIGN_IN,
      { input: { email, password: DEMO_PASSWORD } },
      { from: '127.0.0.4' },
    );
    expect(elsewhere.body.data?.signIn.__typename).toBe('MutationSignInSuccess');
  });

  it('ends a session on both processes when it is signed out on one, well inside the session cache’s lifetime', async () => {
    const [a, b] = processes as [ApiProcess, ApiProcess];
    const cookie = await signIn(a.url, DEMO_EMAILS.westMidlandsAssessorA);
    // From an address of its own, answered in full: a refusal by the rate limit must not pass for a signed-out reply.
    const viewer = async (target: ApiProcess) => {
      const reply = await post<{ viewer: { email: string } | null }>(
        target.url,
        '{ viewer { email } }',
        {},
        { cookie, from: '127.0.0.7' },
      );
      expect(reply.status).toBe(200);
      return reply.body.data!.viewer;
    };
    // B has looked the session up, and remembers it.
    expect(await viewer(b)).toEqual({ email: DEMO_EMAILS.westMidlandsAssessorA });
    expect((await post(a.url, 'mutation { signOut }', {}, { cookie })).body.data).toEqual({ signOut: true });
    expect(await viewer(a)).toBeNull();
    // Told through Redis, B forgets it within moments, not after the cache's 5 s.
    const since = Date.now();
    while ((await viewer(b)) !== null && Date.now() - since < 3_000)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await viewer(b)).toBeNull();
    expect(Date.now() - since).toBeLessThan(3_000);
  });

  it('ends all of a person’s sessions on both processes when an administrator ends them on one', async () => {
    const [a, b] = processes as [ApiProcess, ApiProcess];
    const cookie = await signIn(b.url, DEMO_EMAILS.westMidlandsAssessorB);
    const viewer = async (target: ApiProcess) =>
      (
        await post<{ viewer: { email: string } | null }>(
          target.url,
          '{ viewer { email } }',
          {},
          { cookie, from: '127.0.0.8' },
        )
      ).body.data!.viewer;
    expect(await viewer(b)).toEqual({ email: DEMO_EMAILS.westMidlandsAssessorB });
    const person = await db!.prisma.user.findUniqueOrThrow({ where: { email: DEMO_EMAILS.westMidlandsAssessorB } });
    const admin = await signIn(a.url, DEMO_EMAILS.administrator);
    const ended = await post<{ endSessionsOfUser: { __typename: string } }>(
      a.url,
      'mutation ($input: MutationEndSessionsOfUserInput!) { endSessionsOfUser(input: $input) { __typename } }',
      { input: { userId: encodeGlobalID('User', person.id) } },
      { cookie: admin },
    );
    expect(ended.body.data?.endSessionsOfUser.__typename).toBe('MutationEndSessionsOfUserSuccess');
    const since = Date.now();
    while ((await viewer(b)) !== null && Date.now() - since < 3_000)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await viewer(b)).toBeNull();
    expect(Date.now() - since).toBeLessThan(3_000);
  });

  it('refuses a deactivated person’s open session on both processes at once, and their next sign-in', async () => {
    const [a, b] = processes as [ApiProcess, ApiProcess];
    const cookie = await signIn(b.url, DEMO_EMAILS.adminOfficer);
    const viewer = async (target: ApiProcess) =>
      (
        await post<{ viewer: { email: string } | null }>(
          target.url,
          '{ viewer { email } }',
          {},
          { cookie, from: '127.0.0.9' },
        )
      ).body.data!.viewer;
    expect(await viewer(b)).toEqual({ email: DEMO_EMAILS.adminOfficer });
    const person = await db!.prisma.user.findUniqueOrThrow({ where: { email: DEMO_EMAILS.adminOfficer } });
    const admin = await signIn(a.url, DEMO_EMAILS.administrator);
    const deactivated = await post<{ deactivatePerson: { __typename: string } }>(
      a.url,
      'mutation ($input: MutationDeactivatePersonInput!) { deactivatePerson(input: $input) { __typename } }',
      { input: { userId: encodeGlobalID('User', person.id) } },
      { cookie: admin },
    );
    expect(deactivated.body.data?.deactivatePerson.__typename).toBe('MutationDeactivatePersonSuccess');
    const since = Date.now();
    while ((await viewer(b)) !== null && Date.now() - since < 3_000)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await viewer(b)).toBeNull();
    expect(Date.now() - since).toBeLessThan(3_000);
    const again = await post<{ signIn: { __typename: string } }>(b.url, SIGN_IN, {
      input: { email: DEMO_EMAILS.adminOfficer, password: DEMO_PASSWORD },
    });
    expect(again.body.data?.signIn.__typename).not.toBe('MutationSignInSuccess');
  });
});
