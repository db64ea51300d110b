// db:backup and db:restore of a large database (2 million rows by default), through the commands themselves: the
// time and peak memory of each, and whether every table came back with the same rows (count and checksum).
// Run: npx -y pnpm@12.21.0 --filter @scrutiny/bench run bench:backup [-- --rows 2000000]
// Needs a PostgreSQL server where throw-away databases may be created (SERVER_URL, default: local).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import pg from 'pg';
import { createDb } from '@scrutiny/db';
import { fillLargeDatabase, tableChecksums } from '@scrutiny/db/testing';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { rows: { type: 'string', default: '2000000' } },
});
const SERVER_URL = process.env.SERVER_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB_DIR = fileURLToPath(new URL('../packages/db/', import.meta.url));
const run = promisify(execFile);
// Three quarters answers (15 per case file), a fifth audit events.
const caseFiles = Math.round(Number(values.rows) / 20);
const SIZE = { caseFiles, answersPerFile: 15, auditEvents: Number(values.rows) - caseFiles * 16 };

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
const urlOf = (name: string) => {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
};
async function freshDatabase(name: string) {
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${name}"`);
  const db = await createDb({ databaseUrl: urlOf(name) });
  await db.migrate();
  return db;
}
async function command(args: string[]) {
  const started = performance.now();
  const { stdout, stderr } = await run(
    '/usr/bin/time',
    ['-f', 'peak-rss-kb %M', process.execPath, '--import', 'tsx', 'scripts/backup.ts', ...args],
    { cwd: DB_DIR, maxBuffer: 16 * 1024 * 1024 },
  );
  const peak = Number(/peak-rss-kb (\d+)/.exec(stderr)?.[1] ?? 0) / 1024;
  return { output: stdout.trim(), seconds: (performance.now() - started) / 1000, peakMb: peak };
}
const checksums = async (db: Awaited<ReturnType<typeof createDb>>) => {
  const session = await db.sqlSession();
  try {
    return await tableChecksums(session);
  } finally {
    await session.close();
  }
};

const source = await freshDatabase('scrutiny_backup_bench');
const target = await freshDatabase('scrutiny_backup_bench_restored');
const dir = await mkdtemp(join(tmpdir(), 'scrutiny-bench-backup-'));
try {
  let started = performance.now();
  const session = await source.sqlSession();
  const rows = await fillLargeDatabase(session, SIZE).finally(() => session.close());
  console.log(`Filled ${rows} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const file = join(dir, 'large.jsonl.gz');
  const backup = await command(['backup', '--out', file, '--database-url', urlOf('scrutiny_backup_bench')]);
  const size = (await stat(file)).size / 1024 / 1024;
  const restore = await command([
    'restore',
    '--from',
    file,
    '--replace',
    '--database-url',
    urlOf('scrutiny_backup_bench_restored'),
  ]);
  started = performance.now();
  const [before, after] = await Promise.all([checksums(source), checksums(target)]);
  const same = JSON.stringify(before) === JSON.stringify(after);
  console.log(`${backup.output}\n${restore.output}\n`);
  console.log(
    `db:backup   ${backup.seconds.toFixed(1).padStart(6)} s   peak ${backup.peakMb.toFixed(0)} MB   file ${size.toFixed(0)} MB`,
  );
  console.log(`db:restore  ${restore.seconds.toFixed(1).padStart(6)} s   peak ${restore.peakMb.toFixed(0)} MB`);
  console.log(`every table's row count and checksum equal after the round trip: ${same ? 'yes' : 'NO'}`);
  if (!same) process.exitCode = 1;
} finally {
  await rm(dir, { recursive: true, force: true });
  await source.close();
  await target.close();
  await admin(`DROP DATABASE IF EXISTS "scrutiny_backup_bench" WITH (FORCE)`);
  await admin(`DROP DATABASE IF EXISTS "scrutiny_backup_bench_restored" WITH (FORCE)`);
}
