// `pnpm start`: migrate the embedded database, load the reference and demo data on first run, and serve.
import { existsSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createApp, type ScrutinyApp } from '../app.ts';
import { readConfig, type Config } from '../env.ts';
import { isSeeded, seedReferenceData } from '../seed/seed-reference.ts';
import { listen } from '../server.ts';

const config = readConfig(undefined, { demo: true });
if (!config.databaseUrl) await loadEmbeddedDemo(config);
const app = await createApp(config);
// On PostgreSQL (or an embedded database emptied by hand) the data is loaded in place.
if (!(await isSeeded(app.db.prisma))) await loadDemoData(app);
const running = await listen(app, config);
const stop = () => void running.close().finally(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

// Read once the API is serving, so printing the demo accounts does not delay readiness.
const { demoAccounts } = await import('@scrutiny/reference-data');

console.log(`
Scrutiny is running on ${app.db.kind === 'pglite' ? `the embedded database in ${config.dataDir}` : 'PostgreSQL'}.
  Board app and published reports: ${running.url}/
  Inspector app:  ${running.url}/inspector/
  GraphQL API:   ${running.url}/graphql
  Liveness:      ${running.url}/healthz   Readiness: ${running.url}/readyz   Metrics: ${running.url}/metrics

Demo accounts (password for all: ${demoAccounts[0]?.password ?? ''}; demo only):
${demoAccounts.map((a) => `  ${a.email.padEnd(40)} ${a.role}${a.areaCode ? ` (${a.areaCode})` : ''}`).join('\n')}
`);

/**
 * The first start builds the embedded database in a folder beside its own and moves it into place only once
 * every row is in: a start stopped half way (Ctrl-C, a kill, a power cut) leaves no half-loaded database that
 * later starts would take for a whole one. The next start finds the unfinished folder and begins again.
 */
async function loadEmbeddedDemo(config: Config): Promise<void> {
  if (existsSync(join(config.dataDir, 'PG_VERSION'))) return;
  const staging = `${config.dataDir}.loading`;
  if (existsSync(staging)) {
    console.log('An earlier first start stopped while loading the demo data: loading it again.');
    await rm(staging, { recursive: true, force: true });
  }
  await mkdir(dirname(config.dataDir), { recursive: true });
  const loading = await createApp({ ...config, dataDir: staging });
  try {
    await loadDemoData(loading);
  } finally {
    await loading.close();
  }
  // One step, which also replaces an empty folder made by hand; the parent's sync keeps the move through a power cut.
  await rename(staging, config.dataDir);
  const parent = await open(dirname(config.dataDir), 'r');
  try {
    await parent.sync();
  } finally {
    await parent.close();
  }
}

async function loadDemoData(app: ScrutinyApp): Promise<void> {
  console.log('Loading the West Midlands reference inspections and demo data…');
  // Imported only for the first start: every later start (a restart after a crash too) is ready sooner without it.
  const { referenceSeed } = await import('../seed/reference-seed.ts');
  await seedReferenceData(app.db.prisma, app.services.frameworks, referenceSeed());
}
