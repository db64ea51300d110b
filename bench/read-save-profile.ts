// CPU per request of the signed-in case-file read and the answer save, in process (no sockets, no autocannon): the
// API as bench:speed starts it (production settings, trusted documents by hash, Redis when reachable), called through
// `yoga.fetch` one request at a time. Prints CPU and wall time per request and, with --profile-dir, writes a
// `.cpuprofile` of each operation and a summary of self time by package and by function.
// Run: npx -y pnpm@12.21.0 --filter @scrutiny/bench run bench:read-save [-- --requests 2000 --profile-dir DIR]
// Needs a PostgreSQL server where a throw-away role and database may be created (SERVER_URL, default: local).
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createApp, readConfig, referenceSeed, seedReferenceData } from '@scrutiny/api/testing';
import { BENCH_DATABASE } from './env.ts';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    requests: { type: 'string', default: '2000' },
    'profile-dir': { type: 'string' },
    'skip-seed': { type: 'boolean', default: false },
  },
});
const REQUESTS = Number(values.requests);
const SERVER_URL = process.env.SERVER_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ASSESSOR = 'neil.appleby@wmpa.example';
const PASSWORD = 'scrutiny-demo';
const url = new URL(SERVER_URL);
url.username = BENCH_DATABASE;
url.password = '';
url.pathname = `/${BENCH_DATABASE}`;
const benchUrl = url.toString();

const admin = async (statement: string) => {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  await client.query(statement).finally(() => client.end());
};
if (!values['skip-seed']) {
  await admin(`DROP DATABASE IF EXISTS "${BENCH_DATABASE}" WITH (FORCE)`);
  await admin(`DROP ROLE IF EXISTS "${BENCH_DATABASE}"`);
  await admin(`CREATE ROLE "${BENCH_DATABASE}" LOGIN`);
  await admin(`CREATE DATABASE "${BENCH_DATABASE}" OWNER "${BENCH_DATABASE}"`);
}

const QUERIES = {
  caseFile: `query ($id: ID!) { caseFile(id: $id) { reference status riskOfHarm
    answers { measureKey value reason comment version } } }`,
  save: `mutation ($input: MutationSaveAnswerInput!) { saveAnswer(input: $input) { __typename
    ... on MutationSaveAnswerSuccess { data { version } } ... on AnswerConflictError { current { version } } } }`,
};
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const manifest = join(tmpdir(), `scrutiny-read-save-documents-${process.pid}.json`);
writeFileSync(manifest, JSON.stringify(Object.fromEntries(Object.values(QUERIES).map((q) => [sha256(q), q]))));

const app = await createApp(
  readConfig({
    NODE_ENV: 'production',
    DATABASE_URL: benchUrl,
    REDIS_URL,
    SCRUTINY_REDIS_PREFIX: `scrutiny-read-save-${process.pid}:`,
    SCRUTINY_TRUSTED_DOCUMENT_MANIFESTS: manifest,
    SCRUTINY_LOG_LEVEL: 'warn',
    SCRUTINY_SECURE_COOKIES: 'false',
    SCRUTINY_REQUIRE_2FA_ROLES: '',
  }),
);
if (!values['skip-seed']) await seedReferenceData(app.db.prisma, app.services.frameworks, referenceSeed());

const sql = new pg.Pool({ connectionString: benchUrl, max: 1 });
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const assessorId = (await sql.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [ASSESSOR])).rows[0]!.id;
const WORKING = `cf."assessorId" = $1 AND cf.status IN ('ASSIGNED', 'IN_PROGRESS')
  AND EXISTS (SELECT 1 FROM "Inspection" i WHERE i.id = cf."inspectionId" AND i.status = 'FIELDWORK')`;
const readFile = (
  await sql.query<{ id: string }>(
    `SELECT cf.id FROM "CaseFile" cf WHERE ${WORKING}
     AND EXISTS (SELECT 1 FROM "Answer" a WHERE a."caseFileId" = cf.id) ORDER BY cf.reference LIMIT 1`,
    [assessorId],
  )
).rows[0]!.id;
const slot = (
  await sql.query<{ id: string; caseFileId: string; measureKey: string; value: string; version: number }>(
    `SELECT a.id, a."caseFileId", a."measureKey", a.value, a.version FROM "Answer" a
     JOIN "CaseFile" cf ON cf.id = a."caseFileId" WHERE ${WORKING} AND a.value IN ('YES', 'NO')
     ORDER BY a."caseFileId", a."measureKey" LIMIT 1`,
    [assessorId],
  )
).rows[0]!;

const post = async (body: unknown, cookie?: string) => {
  const response = await app.yoga.fetch('http://bench.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 200 || text.includes('"errors"')) throw new Error(`${response.status} ${text}`);
  return { response, text };
};
const signedIn = await post({
  query: 'mutation ($input: MutationSignInInput!) { signIn(input: $input) { __typename } }',
  variables: { input: { email: ASSESSOR, password: PASSWORD } },
});
const cookie = signedIn.response.headers.get('set-cookie')!.split(';')[0]!;
const trusted = (query: string, variables: Record<string, unknown>) => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } },
});

const operations = {
  caseFile: async () => {
    const { text } = await post(trusted(QUERIES.caseFile, { id: globalId('CaseFile', readFile) }), cookie);
    if (!text.includes('"reference"')) throw new Error(text);
  },
  save: async () => {
    const value = slot.value === 'YES' ? 'NO' : 'YES';
    const { text } = await post(
      trusted(QUERIES.save, {
        input: {
          caseFileId: globalId('CaseFile', slot.caseFileId),
          measureKey: slot.measureKey,
          value,
          expectedVersion: slot.version,
        },
      }),
      cookie,
    );
    const version = /"version":(\d+)/.exec(text)?.[1];
    if (!text.includes('MutationSaveAnswerSuccess') || !version) throw new Error(text);
    slot.version = Number(version);
    slot.value = value;
  },
};

const statements = async (work: () => Promise<void>) => {
  let count = 0;
  const stop = app.db.onQuery(() => {
    count += 1;
  });
  await work().finally(stop);
  return count;
};

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
const packageOf = (fileUrl: string) => {
  if (!fileUrl) return '(native)';
  const modules = fileUrl.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = fileUrl.slice(modules + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (fileUrl.startsWith('node:')) return 'node';
  const app = /\/(apps|packages)\/([^/]+)\//.exec(fileUrl);
  return app ? `scrutiny/${app[2]}` : fileUrl;
};
const summarise = (profile: Profile, top = 25) => {
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const time = self.get(node.id) ?? 0;
    if (node.callFrame.functionName === '(idle)') continue;
    total += time;
    const pkg = packageOf(node.callFrame.url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + time);
    const name = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').slice(-2).join('/')}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + time);
  }
  const lines = (map: Map<string, number>, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, time]) => `    ${((100 * time) / total).toFixed(1).padStart(5)}%  ${name}`)
      .join('\n');
  return `  by package:\n${lines(byPackage, 15)}\n  by function (self):\n${lines(byFunction, top)}`;
};

const session = new Session();
session.connect();
const profileDir = values['profile-dir'];
if (profileDir) mkdirSync(profileDir, { recursive: true });

for (const [name, run] of Object.entries(operations)) {
  for (let i = 0; i < 200; i += 1) await run(); // warm: plans, compiled documents, caches
  const counted = await statements(run);
  if (profileDir) {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
  }
  const cpu = process.cpuUsage();
  const wall = process.hrtime.bigint();
  const latencies: number[] = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    const started = process.hrtime.bigint();
    await run();
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const used = process.cpuUsage(cpu);
  const elapsed = Number(process.hrtime.bigint() - wall) / 1e6;
  latencies.sort((a, b) => a - b);
  console.log(
    `${name}: ${counted} statements; CPU ${((used.user + used.system) / 1000 / REQUESTS).toFixed(3)} ms per request ` +
      `(user ${(used.user / 1000 / REQUESTS).toFixed(3)}), wall ${(elapsed / REQUESTS).toFixed(3)} ms, ` +
      `p50 ${latencies[Math.floor(REQUESTS / 2)]!.toFixed(3)} ms`,
  );
  if (profileDir) {
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
    writeFileSync(join(profileDir, `${name}.cpuprofile`), JSON.stringify(profile));
    console.log(summarise(profile));
  }
}
session.disconnect();
await sql.end();
await app.close();
