// `pnpm start`: migrate the embedded database, load the reference and demo data on first run, and serve.
import { createApp } from '../app.ts';
import { readConfig } from '../env.ts';
import { isSeeded, seedReferenceData } from '../seed/seed-reference.ts';
import { listen } from '../server.ts';

const config = readConfig();
const app = await createApp(config);
if (!(await isSeeded(app.db.prisma))) {
  console.log('Loading the West Midlands reference inspections and demo data…');
  // Imported only for the first start: every later start (a restart after a crash too) is ready sooner without it.
  const { referenceSeed } = await import('../seed/reference-seed.ts');
  await seedReferenceData(app.db.prisma, app.services.frameworks, referenceSeed());
}
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
