// `pnpm start` on a new machine: the first start loads the demo data. Killed while it loads, the next start must
// not take the half-loaded database for a whole one: it ends with every row a start left alone would have made.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, type Db } from '@scrutiny/db';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { readConfig } from '../env.ts';
import { seedReferenceData } from '../seed/seed-reference.ts';
import { referenceSeed } from '../seed/reference-seed.ts';

const API_DIR = fileURLToPath(new URL('../../', import.meta.url));
const LOADING = 'Loading the West Midlands reference inspections and demo data';
const RUNNING = 'Scrutiny is running';

interface DemoProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves once the output holds `text`; rejects if the process ends first. */
  printed(text: string, timeoutMs?: number): Promise<void>;
  exited: Promise<void>;
}

const started = new Set<ChildProcess>();
afterAll(() => {
  for (const child of started) child.kill('SIGKILL');
});

function startDemo(dataDir: string): DemoProcess {
  // The embedded database, whatever the run's DATABASE_URL says: this is the first start of `pnpm start`.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/demo.ts'], {
    cwd: API_DIR,
    env: { ...process.env, DATABASE_URL: '', REDIS_URL: '', SCRUTINY_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.add(child);
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const printed = (text: string, timeoutMs = 180_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "${text}" in time:\n${output}`)), timeoutMs);
      const look = () => {
        if (!output.includes(text)) return;
        clearTimeout(timer);
        resolve();
      };
      child.stdout.on('data', look);
      look();
      void exited.then(() => {
        clearTimeout(timer);
        if (output.includes(text)) resolve();
        else reject(new Error(`the demo exited before "${text}":\n${output}`));
      });
    });
  return { child, output: () => output, printed, exited };
}

/** Rows in every table the data lives in (the migrations' own bookkeeping aside). */
async function rowCounts(db: Db): Promise<Record<string, number>> {
  const tables = await db.prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
     ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${name}"`);
    counts[name] = row?.n ?? 0;
  }
  return counts;
}

describe('the first start of the demo', () => {
  it('killed while loading the demo data, loads it whole on the next start', { timeout: 600_000 }, async () => {
    // What one uninterrupted load gives, on a database of its own.
    const reference = await createApp(readConfig({ SCRUTINY_DATA_DIR: mkdtempSync(join(tmpdir(), 'demo-whole-')) }));
    await seedReferenceData(reference.db.prisma, reference.services.frameworks, referenceSeed());
    const whole = await rowCounts(reference.db);
    await reference.close();

    const dataDir = join(mkdtempSync(join(tmpdir(), 'demo-first-')), 'data');
    const first = startDemo(dataDir);
    await first.printed(LOADING);
    // Some way into the load (it takes seconds), then a kill that gives the process no chance to tidy up.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(first.output()).not.toContain(RUNNING);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(false);

    const second = startDemo(dataDir);
    await second.printed(RUNNING);
    expect(second.output()).toContain('An earlier first start stopped while loading the demo data');
    second.child.kill('SIGTERM');
    await second.exited;

    // A third start finds the database whole and loads nothing.
    const third = startDemo(dataDir);
    await third.printed(RUNNING);
    expect(third.output()).not.toContain(LOADING);
    third.child.kill('SIGTERM');
    await third.exited;

    const db = await createDb({ databaseUrl: undefined, dataDir });
    try {
      const counts = await rowCounts(db);
      expect(counts['Inspection']).toBeGreaterThan(0);
      expect(counts).toEqual(whole);
    } finally {
      await db.close();
    }

    const fourth = startDemo(dataDir);
    await fourth.printed(RUNNING);
    // What `start` serves is rendered by the process `start` runs (tsx, not the test runner's transform): the public
    // pages, drawn on the server from the apps' and the UI package's components, answer whole.
    const base = /Board app and published reports: (http:\/\/[^\s]+?)\/\s/.exec(fourth.output())?.[1];
    expect(base).toBeDefined();
    for (const [path, text] of [
      ['/', 'West Midlands'],
      ['/reports/wmpa-2005-follow-up', '26 of 32'],
      ['/areas/wmpa', 'West Midlands'],
    ] as const) {
      const response = await fetch(`${base}${path}`);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect(await response.text()).toContain(text);
    }
    fourth.child.kill('SIGTERM');
    await fourth.exited;
  });
});
