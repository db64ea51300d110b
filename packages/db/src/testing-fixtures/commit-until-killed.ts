// Run by durable-pglite.test.ts as its own process: commits rows to the PGlite folder given as argument, one
// transaction each, after those already there, and prints each id once PGlite has acknowledged it, until killed.
import { openDurablePGlite } from '../durable-pglite.ts';

const { pglite } = openDurablePGlite(process.argv[2] ?? '');
await pglite.exec('CREATE TABLE IF NOT EXISTS acknowledged (id integer PRIMARY KEY)');
const stored = await pglite.query<{ last: number }>('SELECT coalesce(max(id), 0) AS last FROM acknowledged');
for (let id = (stored.rows[0]?.last ?? 0) + 1; ; id++) {
  await pglite.query('INSERT INTO acknowledged (id) VALUES ($1)', [id]);
  process.stdout.write(`${id}\n`);
}
