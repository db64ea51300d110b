// pnpm db:backup --out <file> | db:restore --from <file> --replace
// Acts on DATABASE_URL (PostgreSQL) or on the PGlite folder given by --data-dir (stop the server first: PGlite
// allows one process per folder). A file name ending in .gz is compressed. Both stream: memory holds a batch of
// rows, however large the database. Restore first applies pending migrations, so it can fill an empty database,
// then replaces every row in one transaction.
import { parseArgs } from 'node:util';
import { env } from '../src/env.ts';
import { backupToFile, restoreFromFile } from '../src/backup/backup-file.ts';
import { deploy } from '../src/migrate/migrate.ts';
import { withSession } from './with-session.ts';

const usage = `Usage: tsx scripts/backup.ts <command> [options]
  backup  --out <file>             write the whole database to <file> (JSON lines; gzip when it ends in .gz)
  restore --from <file> --replace  replace every row of the database with the backup's
  options: --database-url <url> | --data-dir <PGlite folder>   (default: DATABASE_URL)`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      from: { type: 'string' },
      replace: { type: 'boolean' },
      'database-url': { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const [command] = positionals;
  const databaseUrl = values['database-url'] ?? env.databaseUrl;
  if (command === 'backup' && values.out) {
    const out = values.out;
    return withSession(databaseUrl, values['data-dir'], async (session) => {
      const { rows, tables } = await backupToFile(session, out);
      console.log(`Backed up ${rows} rows of ${tables} tables to ${out}`);
      return 0;
    });
  }
  if (command === 'restore' && values.from) {
    if (!values.replace) {
      console.error('Restoring replaces every row of the database: add --replace to confirm.');
      return 1;
    }
    const from = values.from;
    return withSession(databaseUrl, values['data-dir'], async (session) => {
      await deploy(session);
      const { rows, createdAt } = await restoreFromFile(session, from);
      console.log(`Restored ${rows} rows taken at ${createdAt}`);
      return 0;
    });
  }
  console.log(usage);
  return values.help ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
