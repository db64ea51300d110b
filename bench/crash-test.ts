// Kills the API with SIGKILL at random moments while a client saves answers through it, restarts it, and checks
// that every save the API acknowledged is still there: on the embedded database and on PostgreSQL.
// Run: npx -y pnpm@12.21.0 --filter @scrutiny/bench run bench:crash [-- --restarts 200 --database pglite|postgres|both]
// PostgreSQL needs DATABASE_URL pointing at a server where a throw-away database may be created (default: local).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values } = parseArgs({
  options: {
    restarts: { type: 'string', default: '200' },
    database: { type: 'string', default: 'both' },
    port: { type: 'string', default: '4717' },
  },
});
const RESTARTS = Number(values.restarts);
const PORT = Number(values.port);
const BASE = `http://127.0.0.1:${PORT}`;
const API_DIR = fileURLToPath(new URL('../apps/api/', import.meta.url));
const SERVER_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const ASSESSOR = 'neil.appleby@wmpa.example';

interface Target {
  name: string;
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

async function pgliteTarget(): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'scrutiny-crash-'));
  return {
    name: 'embedded PGlite',
    env: { SCRUTINY_DATA_DIR: join(dir, 'db') },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
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
    await sleep(50);
  }
  throw new Error('the API did not become ready');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function gql<T>(query: string, variables: Record<string, unknown>, cookie?: string) {
  const response = await fetch(`${BASE}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(5000),
  });
  return { response, body: (await response.json()) as { data?: T; errors?: { message: string }[] } };
}

const SAVE = `mutation ($input: MutationSaveAnswerInput!) { saveAnswer(input: $input) { __typename
  ... on MutationSaveAnswerSuccess { data { version comment } }
  ... on AnswerConflictError { current { version comment } }
  ... on Error { message } } }`;

interface Slot {
  caseFileId: string;
  measureKey: string;
  version: number;
  acknowledged: { version: number; comment: string }[];
  pending?: { clientMutationId: string; value: string; comment: string; expectedVersion: number | null };
}

async function run(target: Target) {
  const log = openSync(join(tmpdir(), `scrutiny-crash-${target.name.replace(/\W/g, '')}.log`), 'a');
  let child = startApi(target, log);
  await waitReady(child, 300_000);

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
        .map((q) => ({
          caseFileId: file.id,
          measureKey: q.measureKey,
          version: file.answers.find((a) => a.measureKey === q.measureKey)?.version ?? 0,
          acknowledged: [],
        })),
    );
  if (slots.length === 0) throw new Error('the demo assessor has no questions to answer');

  let running = true;
  let saves = 0;
  let resent = 0;
  let conflicts = 0;
  let refused = 0;
  let networkErrors = 0;
  const send = async (slot: Slot) => {
    if (!slot.pending) {
      saves += 1;
      slot.pending = {
        clientMutationId: `crash-${process.pid}-${saves}`,
        value: saves % 2 ? 'YES' : 'NO',
        comment: `crash test save ${saves}`,
        expectedVersion: slot.version || null,
      };
    } else resent += 1;
    const { pending } = slot;
    try {
      const { body } = await gql<{
        saveAnswer: { __typename: string; data?: { version: number }; current?: { version: number } };
      }>(SAVE, { input: { caseFileId: slot.caseFileId, measureKey: slot.measureKey, ...pending } }, cookie);
      const result = body.data?.saveAnswer;
      if (result?.__typename === 'MutationSaveAnswerSuccess' && result.data) {
        slot.acknowledged.push({ version: result.data.version, comment: pending.comment });
        slot.version = result.data.version;
      } else if (result?.__typename === 'AnswerConflictError') {
        // With one writer, a conflict means the database lost a save it had acknowledged.
        conflicts += 1;
        slot.version = result.current?.version ?? slot.version;
      } else {
        refused += 1;
        if (refused <= 3) console.log(`  refused: ${JSON.stringify(body)}`);
      }
      slot.pending = undefined;
    } catch {
      // The API died with this save in flight: its outcome is unknown, so the same save is sent again.
      networkErrors += 1;
      await sleep(100);
    }
  };
  const saver = (async () => {
    for (let turn = 0; running; turn++) await send(slots[turn % slots.length]!);
  })();

  const started = Date.now();
  for (let restart = 1; restart <= RESTARTS; restart++) {
    await sleep(200 + Math.random() * 1500);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    child = startApi(target, log);
    await waitReady(child);
    if (restart % 25 === 0) console.log(`  ${target.name}: ${restart}/${RESTARTS} restarts, ${saves} saves so far`);
  }
  // Let every save in flight settle, then stop saving.
  await sleep(1000);
  running = false;
  await saver;
  // A save whose reply the last crash swallowed is sent again, so its outcome is known before checking.
  for (const slot of slots) while (slot.pending) await send(slot);

  let lost = 0;
  let gaps = 0;
  for (const slot of slots) {
    const { body } = await gql<{
      caseFile: { answers: { measureKey: string; version: number; comment: string | null }[] };
    }>(
      'query ($id: ID!) { caseFile(id: $id) { answers { measureKey version comment } } }',
      { id: slot.caseFileId },
      cookie,
    );
    const stored = body.data?.caseFile.answers.find((a) => a.measureKey === slot.measureKey);
    const last = slot.acknowledged.at(-1);
    // The stored answer is the last acknowledged save, or one sent after it whose reply the crash swallowed.
    if (
      last &&
      (!stored || stored.version < last.version || (stored.version === last.version && stored.comment !== last.comment))
    )
      lost += 1;
    slot.acknowledged.forEach((ack, index) => {
      if (index > 0 && ack.version !== slot.acknowledged[index - 1]!.version + 1) gaps += 1;
    });
  }
  child.kill('SIGKILL');
  const acknowledged = slots.reduce((sum, s) => sum + s.acknowledged.length, 0);
  console.log(
    `${target.name}: ${RESTARTS} SIGKILL restarts in ${Math.round((Date.now() - started) / 1000)} s; ` +
      `${acknowledged} saves acknowledged, ${resent} resent after a crash (${networkErrors} network errors), ` +
      `${conflicts} conflicts, ${refused} refused; lost acknowledged saves: ${lost}; version gaps: ${gaps}`,
  );
  return lost + gaps + conflicts;
}

const targets: (() => Promise<Target>)[] = [];
if (values.database !== 'postgres') targets.push(pgliteTarget);
if (values.database !== 'pglite') targets.push(postgresTarget);
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
