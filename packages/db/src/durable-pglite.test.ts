import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openDurablePGlite } from './durable-pglite.ts';

const folder = mkdtempSync(join(tmpdir(), 'scrutiny-durable-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('PGlite on a data folder', () => {
  it('syncs each commit to disk before acknowledging it', async () => {
    const { pglite, fs } = openDurablePGlite(join(folder, 'synced'));
    try {
      expect((await pglite.query<{ fsync: string }>('SHOW fsync')).rows[0]?.fsync).toBe('on');
      expect((await pglite.query<{ wal_sync_method: string }>('SHOW wal_sync_method')).rows[0]?.wal_sync_method).toBe(
        'fsync',
      );
      await pglite.exec('CREATE TABLE t (n integer)');
      const before = fs.syncs;
      await pglite.query('INSERT INTO t VALUES (1)');
      expect(fs.syncs).toBeGreaterThan(before);
    } finally {
      await pglite.close();
    }
  });

  it('keeps every commit it acknowledged when its process is killed with SIGKILL, and opens again', async () => {
    const dataDir = join(folder, 'killed');
    const fixture = fileURLToPath(new URL('./testing-fixtures/commit-until-killed.ts', import.meta.url));
    const acknowledged: number[] = [];
    for (let round = 1; round <= 3; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', fixture, dataDir], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let buffered = '';
      let thisRound = 0;
      await new Promise<void>((resolve, reject) => {
        const exitedByItself = (code: number | null) => reject(new Error(`the committing process exited (${code})`));
        child.once('exit', exitedByItself);
        child.stdout.on('data', (chunk: Buffer) => {
          const lines = (buffered + chunk.toString()).split('\n');
          buffered = lines.pop() ?? '';
          acknowledged.push(...lines.map(Number));
          thisRound += lines.length;
          // Killed while it commits, so a commit is usually in flight.
          if (thisRound >= 10 * round && child.exitCode === null && !child.killed) {
            child.off('exit', exitedByItself);
            child.once('exit', () => resolve());
            child.kill('SIGKILL');
          }
        });
      });
      const { pglite } = openDurablePGlite(dataDir);
      try {
        const { rows } = await pglite.query<{ id: number }>('SELECT id FROM acknowledged ORDER BY id');
        const stored = new Set(rows.map((row) => row.id));
        expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      } finally {
        await pglite.close();
      }
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);
  });
});
