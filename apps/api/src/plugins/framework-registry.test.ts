// Several API processes may start at once against a database no process has yet stored the frameworks in: each
// registers them, none fails, and every framework version is stored once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@scrutiny/db';
import { createTestDb, testDatabaseKinds } from '@scrutiny/db/testing';
import { DEFAULT_PLUGINS } from '../env.ts';
import { FrameworkRegistry } from './framework-registry.ts';
import { loadConfiguredPlugins } from './load-plugins.ts';

describe.each(testDatabaseKinds)('framework registration on %s', (kind) => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDb(kind);
  }, 180_000);
  afterAll(() => db?.close());

  it('stores each contributed version once when several registries register at the same time', async () => {
    const contributed = (await loadConfiguredPlugins(DEFAULT_PLUGINS)).flatMap((p) => p.frameworks ?? []);
    expect(contributed.length).toBeGreaterThan(0);
    const registries = Array.from({ length: 3 }, () => new FrameworkRegistry(db.prisma, contributed));
    const results = await Promise.all(registries.map((r) => r.register()));

    const names = contributed.map((f) => `${f.key}@${f.version}`);
    for (const result of results) expect([...result.added, ...result.kept].sort()).toEqual([...names].sort());
    // Every version was added by exactly one registry.
    expect(results.flatMap((r) => r.added).sort()).toEqual([...names].sort());
    expect(await db.prisma.framework.count()).toBe(contributed.length);
    // A later start finds them all stored.
    expect(await new FrameworkRegistry(db.prisma, contributed).register()).toEqual({ added: [], kept: names });
  });
});
