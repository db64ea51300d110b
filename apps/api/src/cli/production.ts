// `pnpm --filter @scrutiny/api run start:production -- --admin-email you@example.org`: start on an empty database
// (embedded, or PostgreSQL with DATABASE_URL) with no demo accounts and no reference data. The first start creates
// the first administrator and prints a one-time link to set their password; every later start makes no one.
import { parseArgs } from 'node:util';
import { createApp } from '../app.ts';
import { readConfig } from '../env.ts';
import { listen } from '../server.ts';
import { ensureFirstAdministrator } from '../services/people.ts';
import { ADMINISTRATORS } from '../access/administrator.ts';

const { values } = parseArgs({ options: { 'admin-email': { type: 'string' } }, allowPositionals: true });
const config = readConfig();
const adminEmail = values['admin-email'] ?? config.adminEmail;
const app = await createApp(config);
const running = await listen(app, config);
const stop = () => void running.close().finally(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

const baseUrl = config.publicUrl ?? running.url;
let firstStart = '';
if (adminEmail) {
  const first = await ensureFirstAdministrator(
    { prisma: app.db.prisma, sessions: app.services.sessions, mailer: app.services.mailer, baseUrl },
    adminEmail,
  );
  firstStart = first.created
    ? `
First administrator: ${adminEmail}
  Set the password (works once, within 24 hours${first.link.emailed ? '; also sent by email' : ''}):
  ${first.link.url}
`
    : '\nAn administrator exists already: none was created.\n';
} else if ((await app.db.prisma.user.count({ where: ADMINISTRATORS })) === 0) {
  firstStart = '\nNo administrator yet: start again with --admin-email you@example.org (or SCRUTINY_ADMIN_EMAIL).\n';
}

console.log(`
Scrutiny is running on ${app.db.kind === 'pglite' ? `the embedded database in ${config.dataDir}` : 'PostgreSQL'}.
  Board app and published reports: ${running.url}/
  Inspector app:  ${running.url}/inspector/
  GraphQL API:   ${running.url}/graphql
${firstStart}`);
