// pnpm db:backup --out <file> | db:restore --from <file> --replace
// Acts on DATABASE_URL (PostgreSQL) or on the PGlite folder given by --data-dir (stop the server first: PGlite
// allows one process per folder). A file name ending in .gz is compressed. Restore first applies pending
// migrations, so it can fill an empty database, then replaces every row in one transaction.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { env } from '../src/env.ts';
import { checkBackup, restoreBackup, takeBackup } from '../src/backup/backup.ts';
import { deploy } from '../src/migrate/migrate.ts';
import { withSession } from './with-session.ts';

const usage = `Usage: tsx scripts/backup.ts <command> [options]
  backup  --out <file>             write the whole database to <file> (JSON; gzip when it ends in .gz)
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
      const backup = await takeBackup(session);
      const json = Buffer.from(JSON.stringify(backup));
      writeFileSync(out, out.endsWith('.gz') ? gzipSync(json) : json);
      const rows = Object.values(backup.tables).reduce((sum, t) => sum + t.length, 0);
      console.log(`Backed up ${rows} rows of ${Object.keys(backup.tables).length} tables to ${out}`);
      return 0;
    });
  }
  if (command === 'restore' && values.from) {
    if (!values.replace) {
      console.error('Restoring replaces every row of the database: add --replace to confirm.');
      return 1;
    }
    const raw = readFileSync(values.from);
    const backup = checkBackup(JSON.parse((values.from.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')));
    return withSession(databaseUrl, values['data-dir'], async (session) => {
      await deploy(session);
      const { rows } = await restoreBackup(session, backup);
      console.log(`Restored ${rows} rows taken at ${backup.createdAt}`);
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
