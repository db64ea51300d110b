// Kills the API with SIGKILL at random moments while clients save answers through it, restarts it, and checks
// that every save the API acknowledged is still there: on the embedded database and on PostgreSQL.
// Run: npx -y pnpm@12.21.0 --filter @scrutiny/bench run bench:crash [-- --restarts 200 --database pglite|postgres|both]
// PostgreSQL needs DATABASE_URL pointing at a server where a throw-away database may be created (default: local).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createDb } from '@scrutiny/db';

const { values } = parseArgs({
  // pnpm passes the `--` of `pnpm run bench:crash -- --restarts 200` through.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    restarts: { type: 'string', default: '200' },
    database: { type: 'string', default: 'both' },
    port: { type: 'string', default: '4717' },
    /** Clients saving at once, each on answers of its own, so each answer still has one writer. */
    writers: { type: 'string', default: '4' },
    /** Stop restarting after this many minutes of restarts (then check, and print the restarts done). */
    'max-minutes': { type: 'string', default: '0' },
    /** Keep the PGlite folder (and print where) instead of deleting it. */
    keep: { type: 'boolean', default: false },
  },
});
const RESTARTS = Number(values.restarts);
const WRITERS = Number(values.writers);
const MAX_MS = Number(values['max-minutes']) * 60_000 || Infinity;
const PORT = Number(values.port);
const BASE = `http://127.0.0.1:${PORT}`;
const API_DIR = fileURLToPath(new URL('../apps/api/', import.meta.url));
const SERVER_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const ASSESSOR = 'neil.appleby@wmpa.example';

interface Target {
  name: string;
  env: Record<string, string>;
  /** Where the final check opens the database itself, once the API is dead. */
  open: { databaseUrl?: string; dataDir?: string };
  cleanup(): Promise<void>;
}

async function pgliteTarget(): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'scrutiny-crash-'));
  const dataDir = join(dir, 'db');
  return {
    name: 'embedded PGlite',
    env: { SCRUTINY_DATA_DIR: dataDir },
    open: { dataDir },
    cleanup: async () => {
      if (values.keep) console.log(`  kept the PGlite folder ${dataDir}`);
      else rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresTarget(): Promise<Target> {
  const name = `scrutiny_crash_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: SERVER_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return {
    name: 'PostgreSQL',
    env: { DATABASE_URL: url.toString() },
    open: { databaseUrl: url.toString() },
    cleanup: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

function startApi(target: Target, log: number): ChildProcess {
  // node --import tsx runs the server in this very process, so SIGKILL kills the server and not a wrapper.
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/demo.ts'], {
    cwd: API_DIR,
    env: { ...process.env, ...target.env, PORT: String(PORT), SCRUTINY_LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    stdio: ['ignore', log, log],
  });
}

async function waitReady(child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode} while starting`);
    try {
      if ((await fetch(`${BASE}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(25);
  }
  throw new Error(`the API did not become ready within ${timeoutMs / 1000} s`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function gql<T>(query: string, variables: Record<string, unknown>, cookie?: string) {
  const response = await fetch(`${BASE}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
    // Only a hung API needs this: a killed one resets the connection at once. A resend of a save still running
    // would race it, so the bound is generous.
    signal: AbortSignal.timeout(30_000),
  });
  return { response, body: (await response.json()) as { data?: T; errors?: { message: string }[] } };
}

const SAVE = `mutation ($input: MutationSaveAnswerInput!) { saveAnswer(input: $input) { __typename
  ... on MutationSaveAnswerSuccess { data { version comment } }
  ... on AnswerConflictError { current { version comment } }
  ... on Error { message } } }`;

interface Save {
  clientMutationId: string;
  value: string;
  comment: string;
  expectedVersion: number | null;
  /** Set once a kill swallowed this save's reply (it reached the API, and may or may not have been applied). */
  swallowed?: boolean;
}

interface Slot {
  caseFileId: string;
  measureKey: string;
  /** The version before the first save of this run. */
  initialVersion: number;
  version: number;
  acknowledged: { version: number; comment: string; clientMutationId: string }[];
  /** Sent, and no reply yet: after a kill it is sent again, with the same clientMutationId. */
  pending?: Save;
}

interface Counts {
  sent: number;
  /** Sends of a save already sent, after its reply was lost or the API was down. */
  resends: number;
  /** Saves that reached the API and lost their reply to a kill. */
  swallowed: number;
  /** Sends that found the API down (connection refused while it restarted). */
  apiDown: number;
  conflicts: number;
  refused: number;
}

async function run(target: Target) {
  const logPath = join(tmpdir(), `scrutiny-crash-${target.name.replace(/\W/g, '')}-${process.pid}.log`);
  const log = openSync(logPath, 'a');
  const fail = (message: string): never => {
    const tail = readFileSync(logPath, 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`${target.name}: ${message}\nThe API's log (${logPath}) ends:\n${tail}`);
  };
  let child = startApi(target, log);
  await waitReady(child, 600_000).catch((error: Error) => fail(`first start: ${error.message}`));

  const signIn = await fetch(`${BASE}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: MutationSignInInput!) { signIn(input: $input) { __typename } }',
      variables: { input: { email: ASSESSOR, password: 'scrutiny-demo' } },
    }),
  });
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('could not sign in as the demo assessor');
  const files = await gql<{
    myCaseFiles: {
      id: string;
      status: string;
      questions: { measureKey: string; status: string; answerSet: string }[];
      answers: { measureKey: string; version: number }[];
    }[];
  }>(
    '{ myCaseFiles { id status questions { measureKey status answerSet } answers { measureKey version } } }',
    {},
    cookie,
  );
  const slots: Slot[] = (files.body.data?.myCaseFiles ?? [])
    .filter((file) => file.status === 'ASSIGNED' || file.status === 'IN_PROGRESS')
    .flatMap((file) =>
      file.questions
        .filter((q) => q.status !== 'NOT_ASKED' && q.answerSet === 'YES_NO')
        .slice(0, 4)
        .map((q) => {
          const version = file.answers.find((a) => a.measureKey === q.measureKey)?.version ?? 0;
          return { caseFileId: file.id, measureKey: q.measureKey, initialVersion: version, version, acknowledged: [] };
        }),
    );
  if (slots.length < WRITERS) throw new Error(`the demo assessor has ${slots.length} questions to answer`);

  const counts: Counts = { sent: 0, resends: 0, swallowed: 0, apiDown: 0, conflicts: 0, refused: 0 };
  const tag = `${process.pid}-${target.name.replace(/\W/g, '')}`;
  const send = async (slot: Slot) => {
    if (!slot.pending) {
      counts.sent += 1;
      slot.pending = {
        clientMutationId: `crash-${tag}-${counts.sent}`,
        value: counts.sent % 2 ? 'YES' : 'NO',
        comment: `crash test save ${tag}-${counts.sent}`,
        expectedVersion: slot.version || null,
      };
    } else counts.resends += 1;
    const pending = slot.pending;
    const input = {
      caseFileId: slot.caseFileId,
      measureKey: slot.measureKey,
      value: pending.value,
      comment: pending.comment,
      expectedVersion: pending.expectedVersion,
      clientMutationId: pending.clientMutationId,
    };
    let body;
    try {
      ({ body } = await gql<{
        saveAnswer: { __typename: string; data?: { version: number }; current?: { version: number } };
      }>(SAVE, { input }, cookie));
    } catch (error) {
      // The API died with this save in flight, or was down: its outcome is unknown, so the same save (same
      // clientMutationId) is sent again until a reply comes.
      if ((error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED') counts.apiDown += 1;
      else if (!pending.swallowed) {
        pending.swallowed = true;
        counts.swallowed += 1;
      }
      await sleep(100);
      return;
    }
    const result = body.data?.saveAnswer;
    if (result?.__typename === 'MutationSaveAnswerSuccess' && result.data) {
      slot.acknowledged.push({
        version: result.data.version,
        comment: pending.comment,
        clientMutationId: pending.clientMutationId,
      });
      slot.version = result.data.version;
    } else if (result?.__typename === 'AnswerConflictError') {
      // With one writer per answer, a conflict means the database lost a save it had acknowledged, or a resent
      // save was applied twice: either way a loss.
      counts.conflicts += 1;
      if (counts.conflicts <= 3) console.log(`  conflict: ${JSON.stringify(body)}`);
      slot.version = result.current?.version ?? slot.version;
    } else {
      counts.refused += 1;
      if (counts.refused <= 3) console.log(`  refused: ${JSON.stringify(body)}`);
    }
    slot.pending = undefined;
  };

  let running = true;
  const writers = Array.from({ length: WRITERS }, (_, writer) =>
    (async () => {
      const own = slots.filter((_, index) => index % WRITERS === writer);
      for (let turn = 0; running; turn++) await send(own[turn % own.length]!);
    })(),
  );

  const started = Date.now();
  const readyAfterKill: number[] = [];
  let restarts = 0;
  for (let restart = 1; restart <= RESTARTS && Date.now() - started < MAX_MS; restart++) {
    await sleep(200 + Math.random() * 1500);
    const killedAt = Date.now();
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    child = startApi(target, log);
    await waitReady(child).catch((error: Error) => fail(`restart ${restart}: ${error.message}`));
    readyAfterKill.push(Date.now() - killedAt);
    restarts = restart;
    if (restart % 25 === 0)
      console.log(`  ${target.name}: ${restart}/${RESTARTS} restarts, ${counts.sent} saves sent so far`);
  }
  // Let every save in flight settle, then stop saving.
  await sleep(1000);
  running = false;
  await Promise.all(writers);
  // A save whose reply the last crash swallowed is sent again, so its outcome is known before checking.
  for (const slot of slots) while (slot.pending) await send(slot);
  const elapsed = Date.now() - started;
  // A last SIGKILL, then the database is opened directly (for PGlite: the folder, after that kill).
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));

  const check = await checkStored(target, slots);
  const acknowledged = slots.reduce((sum, s) => sum + s.acknowledged.length, 0);
  const sorted = [...readyAfterKill].sort((a, b) => a - b);
  const at = (q: number) =>
    ((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) / 1000).toFixed(1);
  const lost = check.lost + counts.conflicts;
  console.log(
    [
      `${target.name} (${WRITERS} writers on ${slots.length} answers; API log ${logPath}):`,
      `  restarts (SIGKILL)        ${restarts}${restarts < RESTARTS ? ` of ${RESTARTS} asked (stopped by --max-minutes)` : ''}`,
      `  saves sent                ${counts.sent}`,
      `  acknowledged              ${acknowledged}`,
      `  resent after a kill       ${counts.resends} (${counts.swallowed} saves lost their reply to a kill; ${counts.apiDown} sends found the API down)`,
      `  conflicts                 ${counts.conflicts}`,
      `  refused                   ${counts.refused}`,
      `  lost                      ${lost} (acknowledged saves missing at the end: ${check.lost}; conflicts: ${counts.conflicts})`,
      `  applied twice             ${check.appliedTwice} (a save in the audit log more than once, or a version no save was acknowledged for)`,
      `  version gaps              ${check.gaps}`,
      `  elapsed                   ${Math.round(elapsed / 1000)} s; kill to ready: median ${at(0.5)} s, p90 ${at(0.9)} s, max ${at(1)} s`,
    ].join('\n'),
  );
  return lost + check.appliedTwice + check.gaps + counts.refused;
}

/**
 * Reads the database itself once the API is dead. Every answer must hold exactly its last acknowledged save
 * (version and comment), every acknowledged save must be in the audit log (written in the same transaction) exactly
 * once, and versions must climb by one from save to save: a resent save applied twice would skip one.
 */
async function checkStored(target: Target, slots: readonly Slot[]) {
  // The API hands out Relay global ids: base64 of `CaseFile:<row id>`.
  const rowId = (globalId: string) => {
    const [typename, id] = Buffer.from(globalId, 'base64').toString('utf8').split(/:(.*)/s);
    if (typename !== 'CaseFile' || !id) throw new Error(`not a case file id: ${globalId}`);
    return id;
  };
  const db = await createDb(target.open);
  const session = await db.sqlSession();
  try {
    let lost = 0;
    let appliedTwice = 0;
    let gaps = 0;
    for (const slot of slots) {
      const [stored] = await session.query<{ id: string; version: number; comment: string | null }>(
        'SELECT "id", "version", "comment" FROM "Answer" WHERE "caseFileId" = $1 AND "measureKey" = $2',
        [rowId(slot.caseFileId), slot.measureKey],
      );
      const last = slot.acknowledged.at(-1);
      if (!last) continue;
      if (!stored) {
        lost += slot.acknowledged.length;
        continue;
      }
      // Acknowledged saves beyond what is stored are lost; the last one replaced by another save is lost too.
      lost += slot.acknowledged.filter((ack) => ack.version > stored.version).length;
      if (stored.version === last.version && stored.comment !== last.comment) lost += 1;
      if (stored.version > last.version) appliedTwice += stored.version - last.version;

      const history = await session.query<{ comment: string | null; version: number }>(
        `SELECT "after"->>'comment' AS "comment", ("after"->>'version')::int AS "version" FROM "AuditEvent"
         WHERE "entity" = 'Answer' AND "entityId" = $1 AND "action" IN ('answer.create', 'answer.update')`,
        [stored.id],
      );
      for (const ack of slot.acknowledged) {
        const times = history.filter((h) => h.comment === ack.comment).length;
        if (times === 0 && ack.version <= stored.version) lost += 1;
        if (times > 1) appliedTwice += times - 1;
      }
      slot.acknowledged.forEach((ack, index) => {
        const previous = index === 0 ? slot.initialVersion : slot.acknowledged[index - 1]!.version;
        if (ack.version !== previous + 1) gaps += 1;
      });
    }
    return { lost, appliedTwice, gaps };
  } finally {
    await session.close();
    await db.close();
  }
}

const targets: (() => Promise<Target>)[] = [];
if (values.database !== 'postgres') targets.push(pgliteTarget);
if (values.database !== 'pglite') targets.push(postgresTarget);
console.log(
  `crash test ${new Date().toISOString()}: ${RESTARTS} restarts on ${values.database}, ${WRITERS} writers, port ${PORT}`,
);
let failures = 0;
for (const make of targets) {
  const target = await make();
  try {
    failures += await run(target);
  } finally {
    await target.cleanup();
  }
}
console.log(failures === 0 ? 'crash test: no acknowledged save was lost' : `crash test: ${failures} problems`);
process.exit(failures === 0 ? 0 : 1);
