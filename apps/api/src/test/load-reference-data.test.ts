// `load:reference-data` (issue 12), run as the README documents it, against an empty embedded database: the West
// Midlands reference inspections load with no accounts anyone can sign in with, and the API then answers their
// figures to an anonymous reader; run again, now that an area exists, it refuses and changes nothing.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { readConfig } from '../env.ts';
import { listen } from '../server.ts';

const API_DIR = fileURLToPath(new URL('../../', import.meta.url));

function loadReferenceData(dataDir: string): Promise<{ code: number | null; output: string }> {
  // The embedded database, whatever the run's DATABASE_URL says.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/load-reference-data.ts'], {
    cwd: API_DIR,
    env: { ...process.env, DATABASE_URL: '', REDIS_URL: '', SCRUTINY_DATA_DIR: dataDir, SCRUTINY_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

interface Inspection {
  year: number;
  kind: string;
  published: boolean;
  criterionScores: { code: string; percentage: number }[];
}

describe('load:reference-data', () => {
  it('loads West Midlands into an empty install, whose API then answers its figures; refuses a second time', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'scrutiny-load-reference-'));
    const loaded = await loadReferenceData(dataDir);
    expect(loaded.output).toContain('Loaded the West Midlands reference data');
    expect(loaded.code).toBe(0);

    const config = { ...readConfig({ SCRUTINY_DATA_DIR: dataDir, PORT: '0', SCRUTINY_LOG_LEVEL: 'warn' }) };
    const app = await createApp(config);
    const running = await listen(app, config);
    try {
      const response = await fetch(`${running.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `{ area(code: "WMPA") { name inspections(first: 10) { edges { node { year kind published
            criterionScores { code percentage } } } } } }`,
        }),
      });
      const body = (await response.json()) as {
        data: { area: { name: string; inspections: { edges: { node: Inspection }[] } } };
      };
      const nodes = body.data.area.inspections.edges.map((e) => e.node);
      const rounded = (year: number) =>
        Object.fromEntries(
          nodes.find((n) => n.year === year)!.criterionScores.map((s) => [s.code, Math.round(s.percentage)]),
        );
      expect(body.data.area.name).toBe('West Midlands Probation Area');
      expect(nodes.map(({ year, kind, published }) => ({ year, kind, published }))).toEqual(
        expect.arrayContaining([
          { year: 2004, kind: 'FULL', published: true },
          { year: 2005, kind: 'FOLLOW_UP', published: true },
        ]),
      );
      expect(rounded(2004)).toEqual({ B1: 48, B3: 57, C2: 54, C5: 55 });
      expect(rounded(2005)).toEqual({ B1: 62, B3: 70, C2: 76, C5: 70 });
      // No account anyone can sign in with: the answers' recorder has no password and is deactivated.
      const people = await app.db.prisma.user.findMany({ select: { passwordHash: true, deactivatedAt: true } });
      expect(people.every((p) => p.passwordHash === '' && p.deactivatedAt !== null)).toBe(true);
    } finally {
      await running.close();
    }

    const inspections = async () => {
      const again = await createApp(config);
      try {
        return await again.db.prisma.inspection.count();
      } finally {
        await again.close();
      }
    };
    const before = await inspections();
    const refused = await loadReferenceData(dataDir);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('This install has areas already');
    expect(await inspections()).toBe(before);
  }, 240_000);
});
