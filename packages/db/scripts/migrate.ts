// pnpm db:migrate:create <name> | db:migrate:check | db:migrate:deploy | db:migrate:status
// create and check need no database (the schema engine replays migrations on an in-memory PGlite);
// deploy and status act on DATABASE_URL (PostgreSQL) or on the PGlite folder given by --data-dir.
// PGlite allows one process per folder: do not deploy into a folder a running server has open.
import { parseArgs } from 'node:util';
import { env } from '../src/env.ts';
import { createMigration, deploy, pendingSchemaChanges, status } from '../src/migrate/migrate.ts';
import { withSession } from './with-session.ts';

const usage = `Usage: tsx scripts/migrate.ts <command> [options]
  create <name>   write prisma/migrations/<timestamp>_<name>/migration.sql from schema.prisma
  check           fail when schema.prisma and the migrations differ
  deploy          apply pending migrations      (--database-url <url> | --data-dir <folder>; default DATABASE_URL)
  status          list applied and pending ones (same options)`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'database-url': { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean' } },
  });
  const [command, name] = positionals;
  if (values.help || command === undefined) {
    console.log(usage);
    return command === undefined && !values.help ? 1 : 0;
  }
  switch (command) {
    case 'create': {
      if (!name) throw new Error('create needs a migration name, e.g. `create add_meeting_room`');
      const migration = await createMigration(name);
      console.log(migration ? `Created ${migration.name}` : 'schema.prisma matches the migrations: nothing to create.');
      return 0;
    }
    case 'check': {
      const drift = await pendingSchemaChanges();
      if (drift === '') {
        console.log('schema.prisma and the migrations agree.');
        return 0;
      }
      console.error('schema.prisma differs from the migrations; run `pnpm db:migrate:create <name>`. Missing SQL:\n');
      console.error(drift);
      return 1;
    }
    case 'deploy':
    case 'status':
      return withSession(values['database-url'] ?? env.databaseUrl, values['data-dir'], async (session) => {
        if (command === 'deploy') {
          const applied = await deploy(session);
          console.log(applied.length ? `Applied ${applied.join(', ')}` : 'No pending migrations.');
          return 0;
        }
        const report = await status(session);
        console.log(JSON.stringify(report, null, 2));
        return report.pending.length + report.failed.length + report.edited.length === 0 ? 0 : 1;
      });
    default:
      console.error(usage);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
