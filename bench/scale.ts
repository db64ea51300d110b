// How the API's costs grow with the work (issue 23): the same operations measured on inspections of 40, 400 and
// 4,000 case files, a national picture of 4, 42 and 420 areas and a growing audit log, through the API over HTTP on
// PostgreSQL, one request at a time (p50), and the growth from the smallest size to each larger one.
// Run: npx -y pnpm@12.21.0 --filter @scrutiny/bench run bench:scale [-- --full] [--requests 40]
//   SCALE_DATABASE (default scrutiny_scale) names the throw-away database and role, SCALE_PORT (4821) the API's port.
//   --full: a million audit events at the largest size (default 300,000, so the run stays within a few minutes).
// Needs a PostgreSQL server where a throw-away role and database may be created (SERVER_URL, default: local).
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createApp, readConfig, referenceSeed, seedReferenceData } from '@scrutiny/api/testing';
import { SCALE_DATABASE, SCALE_PORT } from './env.ts';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    full: { type: 'boolean', default: false },
    requests: { type: 'string', default: '40' },
  },
});
const REQUESTS = Number(values.requests);
const SERVER_URL = process.env.SERVER_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB_NAME = SCALE_DATABASE;
const ROLE = SCALE_DATABASE;
const PORT = SCALE_PORT;
const API_DIR = fileURLToPath(new URL('../apps/api/', import.meta.url));
const ASSESSOR = 'neil.appleby@wmpa.example';
const CHIEF = 'john.hutchings@hmiprobation.example';
const PASSWORD = 'scrutiny-demo';
const LOG_PATH = join(tmpdir(), `${DB_NAME}-bench-scale.log`);
const LOG = openSync(LOG_PATH, 'w');

/** The sizes measured: case files of one inspection, areas with a published report, audit events in the table. */
const SIZES = [
  { files: 40, areas: 4, audit: 10_000 },
  { files: 400, areas: 42, audit: 100_000 },
  { files: 4_000, areas: 420, audit: values.full ? 1_000_000 : 300_000 },
];

const benchUrl = (() => {
  const url = new URL(SERVER_URL);
  url.username = ROLE;
  url.password = '';
  url.pathname = `/${DB_NAME}`;
  return url.toString();
})();
async function admin(sql: string) {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

// ---------------------------------------------------------------------------------------------- the database
console.log(`Creating ${DB_NAME} (owned by the ordinary role ${ROLE}), migrating and seeding…`);
await admin(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
await admin(`DROP ROLE IF EXISTS "${ROLE}"`);
await admin(`CREATE ROLE "${ROLE}" LOGIN`);
await admin(`CREATE DATABASE "${DB_NAME}" OWNER "${ROLE}"`);
const sql = new pg.Pool({ connectionString: benchUrl, max: 2 });
const app = await createApp({ ...readConfig({ SCRUTINY_LOG_LEVEL: 'silent' }), databaseUrl: benchUrl });
await seedReferenceData(app.db.prisma, app.services.frameworks, referenceSeed());
const SIGN_IN = 'mutation ($input: MutationSignInInput!) { signIn(input: $input) { __typename } }';
const signIn = async (email: string) => {
  const response = await app.yoga.fetch('http://bench.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password: PASSWORD } } }),
  });
  return response.headers.get('set-cookie')!.split(';')[0]!;
};
const cookies = { chief: await signIn(CHIEF), assessor: await signIn(ASSESSOR) };
await app.close();

const one = async <T>(text: string, params: unknown[] = []): Promise<T> => {
  const { rows } = await sql.query(text, params);
  if (!rows[0]) throw new Error(`no row for ${text}`);
  return rows[0] as T;
};
const assessorId = (await one<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [ASSESSOR])).id;
// The source of every copy: West Midlands 2005, 40 case files whose answers reproduce the published report.
const source = (
  await one<{ id: string }>(
    `SELECT i.id FROM "Inspection" i JOIN "Area" a ON a.id = i."areaId" WHERE a.code = 'WMPA' AND i.year = 2005`,
  )
).id;
// Events of other inspections, newer than those of the inspections measured (the case that was slow).
const elsewhere = (
  await one<{ id: string }>(`SELECT id FROM "Inspection" WHERE id <> $1 ORDER BY id LIMIT 1`, [source])
).id;

/** An inspection in fieldwork with `files` case files (copies of the source's 40, answers and all). */
async function buildInspection(files: number): Promise<string> {
  const id = `scale-inspection-${files}`;
  const copies = files / 40;
  await sql.query(`INSERT INTO "Area" (id, code, name, region, "updatedAt") VALUES ($1, $2, $3, 'Scale', now())`, [
    `scale-area-${files}`,
    `S${files}`,
    `Scale ${files}`,
  ]);
  await sql.query(
    `INSERT INTO "Inspection" (id, "areaId", "frameworkId", kind, status, year, title, evidence, "updatedAt")
     SELECT $1, $2, "frameworkId", kind, 'FIELDWORK', 2007, $3, 'CASE_FILES', now() FROM "Inspection" WHERE id = $4`,
    [id, `scale-area-${files}`, `Scale ${files}`, source],
  );
  await sql.query(
    `INSERT INTO "CaseFile" (id, "inspectionId", reference, facts, "riskOfHarm", officer, "assessorId", status,
       "sampleRole", "updatedAt")
     SELECT $1 || '-' || k || '-' || cf.id, $1, cf.reference || '-' || lpad(k::text, 3, '0'), cf.facts, cf."riskOfHarm",
       cf.officer, $2, 'IN_PROGRESS', 'SAMPLE', now()
     FROM "CaseFile" cf, generate_series(1, $3::int) AS k WHERE cf."inspectionId" = $4 AND cf."sampleRole" = 'SAMPLE'`,
    [id, assessorId, copies, source],
  );
  await sql.query(
    `INSERT INTO "Answer" (id, "caseFileId", "measureKey", value, reason, comment, "answeredById", "updatedAt")
     SELECT $1 || '-' || k || '-' || a.id, $1 || '-' || k || '-' || a."caseFileId", a."measureKey", a.value, a.reason,
       a.comment, $2, now()
     FROM "Answer" a JOIN "CaseFile" cf ON cf.id = a."caseFileId", generate_series(1, $3::int) AS k
     WHERE cf."inspectionId" = $4 AND cf."sampleRole" = 'SAMPLE'`,
    [id, assessorId, copies, source],
  );
  return id;
}

/** Areas with a published report (copies of the source's), until `areas` areas have one. */
async function growPublishedAreas(areas: number) {
  const { count } = await one<{ count: string }>(
    `SELECT count(DISTINCT "areaId") AS count FROM "Inspection" i JOIN "PublishedReport" p ON p."inspectionId" = i.id`,
  );
  const from = Number(count);
  if (areas <= from) return;
  await sql.query(
    `INSERT INTO "Area" (id, code, name, region, "updatedAt")
     SELECT 'scale-pa-' || n, 'P' || lpad(n::text, 4, '0'), 'Published area ' || n, 'Scale', now()
     FROM generate_series($1::int, $2::int) AS n`,
    [from + 1, areas],
  );
  await sql.query(
    `INSERT INTO "Inspection" (id, "areaId", "frameworkId", kind, status, year, title, evidence, "publishedAt", "updatedAt")
     SELECT 'scale-pi-' || n, 'scale-pa-' || n, "frameworkId", kind, 'PUBLISHED', year, title, evidence, now(), now()
     FROM "Inspection", generate_series($1::int, $2::int) AS n WHERE id = $3`,
    [from + 1, areas, source],
  );
  await sql.query(
    `INSERT INTO "PublishedReport" (id, "inspectionId", "publishedById", "frameworkKey", "frameworkVersion", figures,
       "criterionScores", content)
     SELECT 'scale-pr-' || n, 'scale-pi-' || n, "publishedById", "frameworkKey", "frameworkVersion", figures,
       "criterionScores", content
     FROM "PublishedReport", generate_series($1::int, $2::int) AS n WHERE "inspectionId" = $3`,
    [from + 1, areas, source],
  );
}

/** The audit table grows to `events`: a tenth the measured inspection's own (older), the rest elsewhere (newer). */
async function growAudit(events: number, inspectionId: string) {
  const { count } = await one<{ count: string }>(`SELECT count(*) AS count FROM "AuditEvent"`);
  const more = events - Number(count);
  if (more <= 0) return;
  const own = Math.floor(more / 10);
  await sql.query(
    `INSERT INTO "AuditEvent" (id, at, "actorId", action, entity, "entityId", "inspectionId")
     SELECT $1 || '-' || n, now() - interval '60 days' + n * interval '1 millisecond', $2, 'caseFile.read', 'CaseFile',
       $1 || '-file', $1 FROM generate_series(1, $3::int) AS n`,
    [inspectionId, assessorId, own],
  );
  await sql.query(
    `INSERT INTO "AuditEvent" (id, at, "actorId", action, entity, "entityId", "inspectionId")
     SELECT $1 || '-' || $3::int || '-' || n, now() + n * interval '1 millisecond', $2, 'caseFile.read', 'CaseFile',
       'elsewhere-file', $1 FROM generate_series(1, $3::int) AS n`,
    [elsewhere, assessorId, more - own],
  );
}

// ------------------------------------------------------------------------------------------------- documents
const DOCUMENTS = {
  liveScores: `query ($id: ID!) { inspection(id: $id) { criterionScores { code percentage met applicable }
    measureResults { key percentage met applicable } } }`,
  national: `{ nationalPicture(frameworkKey: "esi") { areas { area { code } criterionScores { code percentage } }
    groups { heading criteria { code median pooledPercentage } } } }`,
  areas: `{ areas { code name inspections(last: 1) { edges { node { year published
    criterionScores { code percentage met applicable } } } } } }`,
  auditLog: `query ($id: ID!) { inspection(id: $id) { auditLog(first: 50) { edges { node { at action entity
    actor { name } } } } } }`,
  page: `query ($id: ID!, $after: String) { inspection(id: $id) { caseFiles(first: 20, after: $after) {
    pageInfo { endCursor } edges { node { reference status } } } } }`,
  announce: `mutation ($input: MutationSetRecommendationStatusInput!) { setRecommendationStatus(input: $input) {
    __typename } }`,
  save: `mutation ($input: MutationSaveAnswerInput!) { saveAnswer(input: $input) { __typename
    ... on MutationSaveAnswerSuccess { data { version } } } }`,
} as const;
type Document = keyof typeof DOCUMENTS;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const MANIFEST = join(tmpdir(), `${DB_NAME}-bench-scale-documents.json`);
writeFileSync(MANIFEST, JSON.stringify(Object.fromEntries(Object.values(DOCUMENTS).map((d) => [sha256(d), d]))));
const APP_MANIFESTS = ['inspector', 'board'].map((name) =>
  fileURLToPath(new URL(`../apps/${name}/src/generated/trusted-documents.json`, import.meta.url)),
);

// ------------------------------------------------------------------------------------------------ the server
const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
  cwd: API_DIR,
  env: {
    ...process.env,
    NODE_ENV: 'production',
    SCRUTINY_TRUSTED_DOCUMENT_MANIFESTS: [...APP_MANIFESTS, MANIFEST].join(','),
    DATABASE_URL: benchUrl,
    PORT: String(PORT),
    SCRUTINY_LOG_LEVEL: 'warn',
    SCRUTINY_SECURE_COOKIES: 'false',
    SCRUTINY_RATE_LIMIT_ANONYMOUS: '100000000',
    // The demo accounts sign in with a password alone (production would require a second factor).
    SCRUTINY_REQUIRE_2FA_ROLES: '',
  },
  stdio: ['ignore', LOG, LOG],
});
process.once('exit', () => server.kill('SIGTERM'));
for (let ready = false, until = Date.now() + 120_000; !ready; await sleep(200)) {
  if (Date.now() > until) throw new Error(`the API did not become ready (see ${LOG_PATH})`);
  ready = await fetch(`http://127.0.0.1:${PORT}/readyz`).then(
    (r) => r.ok,
    () => false,
  );
}

async function call<T>(document: Document, variables: Record<string, unknown>, cookie: string): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(DOCUMENTS[document]) } },
    }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`${document}: ${response.status} ${JSON.stringify(body)}`);
  return body.data;
}

/** p50 in ms of `REQUESTS` requests, one at a time, after five to warm up; `before` runs untimed before each. */
async function p50(work: () => Promise<unknown>, before?: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 5; i += 1) {
    await before?.();
    await work();
  }
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    await before?.();
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

// ------------------------------------------------------------------------------------------------ the sizes
const LABELS = {
  liveScores: 'live scorecard, between saves',
  liveAfterSave: 'live scorecard, first read after a save',
  save: 'save one answer',
  national: 'national picture (nationalPicture)',
  areas: "every area's latest criterion scores (areas)",
  nationalCached: 'national picture, anonymous (response cache)',
  areasCached: 'areas, anonymous (response cache)',
  auditLog: 'audit log (first 50), old events',
  latePage: 'case files, a late page of 20',
} as const;
type Measured = keyof typeof LABELS;
const results: Record<Measured, number[]> = {
  liveScores: [],
  liveAfterSave: [],
  save: [],
  national: [],
  areas: [],
  nationalCached: [],
  areasCached: [],
  auditLog: [],
  latePage: [],
};

for (const size of SIZES) {
  const started = performance.now();
  const inspection = await buildInspection(size.files);
  await growPublishedAreas(size.areas);
  await growAudit(size.audit, inspection);
  await sql.query('ANALYZE');
  const { count: answers } = await one<{ count: string }>(`SELECT count(*) AS count FROM "Answer"`);
  console.log(
    `\n${size.files} case files, ${size.areas} areas published, ${size.audit} audit events ` +
      `(${answers} answers in all): built in ${seconds(started)} s`,
  );
  const id = globalId('Inspection', inspection);

  // The answer saved: one of the assessor's, flipped between YES and NO at its current version.
  const slot = await one<{ id: string; caseFileId: string; measureKey: string }>(
    `SELECT a.id, a."caseFileId", a."measureKey" FROM "Answer" a JOIN "CaseFile" cf ON cf.id = a."caseFileId"
     WHERE cf."inspectionId" = $1 AND a.value IN ('YES', 'NO') ORDER BY a.id LIMIT 1`,
    [inspection],
  );
  const save = async () => {
    const current = await one<{ version: number; value: string }>(`SELECT version, value FROM "Answer" WHERE id = $1`, [
      slot.id,
    ]);
    await call(
      'save',
      {
        input: {
          caseFileId: globalId('CaseFile', slot.caseFileId),
          measureKey: slot.measureKey,
          value: current.value === 'YES' ? 'NO' : 'YES',
          expectedVersion: current.version,
        },
      },
      cookies.assessor,
    );
  };
  const readScores = () => call('liveScores', { id }, cookies.chief);
  // The cursor of the last page but one (found once, untimed).
  const late = await one<{ reference: string }>(
    `SELECT reference FROM "CaseFile" WHERE "inspectionId" = $1 ORDER BY reference OFFSET $2 LIMIT 1`,
    [inspection, size.files - 21],
  );
  const pageTo = await call<{ inspection: { caseFiles: { pageInfo: { endCursor: string } } } }>(
    'page',
    { id },
    cookies.chief,
  );
  // Cursors carry the inspection and the reference: make the late one from the first page's.
  const cursor = Buffer.from(
    Buffer.from(pageTo.inspection.caseFiles.pageInfo.endCursor, 'base64')
      .toString('utf8')
      .replace(/"reference":"[^"]*"/, `"reference":${JSON.stringify(late.reference)}`),
  ).toString('base64');

  results.liveScores.push(await p50(readScores));
  results.liveAfterSave.push(await p50(readScores, save));
  results.save.push(await p50(save));
  // The areas were grown in SQL, behind the API's back: a mutation (any but the few that leave published figures
  // alone; this one changes nothing, its recommendation does not exist) tells the API, as a publication would: it
  // ends the cached answers and the kept national picture. Then the chief inspector's reads (never served a cached
  // answer: the first computes the national picture and keeps it, the others read it kept) and an anonymous
  // caller's (the first computes and keeps the answer, the others are served from it).
  await call<unknown>(
    'announce',
    { input: { recommendationId: globalId('Recommendation', 'none'), status: 'OPEN' } },
    cookies.chief,
  ).catch(() => {});
  results.national.push(await p50(() => call('national', {}, cookies.chief)));
  results.areas.push(await p50(() => call('areas', {}, cookies.chief)));
  results.nationalCached.push(await p50(() => call('national', {}, '')));
  results.areasCached.push(await p50(() => call('areas', {}, '')));
  results.auditLog.push(await p50(() => call('auditLog', { id }, cookies.chief)));
  results.latePage.push(await p50(() => call('page', { id, after: cursor }, cookies.chief)));
}

const header = `${'operation (p50 ms, one request at a time)'.padEnd(44)}${SIZES.map((s) =>
  `${s.files}/${s.areas}`.padStart(11),
).join('')}   growth`;
console.log(`\n${header}`);
for (const key of Object.keys(LABELS) as Measured[]) {
  const row = results[key];
  const growth = row.slice(1).map((v) => `${(v / row[0]!).toFixed(2)}x`);
  console.log(`${LABELS[key].padEnd(44)}${row.map((v) => v.toFixed(1).padStart(11)).join('')}   ${growth.join(' ')}`);
}
console.log('\n(columns: case files / areas published; growth: each larger size against the smallest)');
server.kill('SIGTERM');
await sql.end();
process.exit(0);
