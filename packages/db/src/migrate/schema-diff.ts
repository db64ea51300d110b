// What SQL would take a database from the committed migrations to schema.prisma. Empty means no drift.
// The migrations are replayed on a fresh in-memory PGlite (never PostgreSQL: @prisma/adapter-pg rejects the
// `"char"` columns of the engine's catalog queries, and its shadow database points back at the real one).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openEmptyPGlite } from '../empty-pglite.ts';
import { PGliteAdapterFactory } from '../pglite-adapter.ts';
import { migrationLockContent, migrationLockFileName, type MigrationFile } from './migration-files.ts';
import { engineError, noSchemaFilter, openSchemaEngine, toMigrationList } from './schema-engine.ts';

export interface SchemaDiffInput {
  migrationsDir: string;
  migrations: readonly MigrationFile[];
  schemaPath: string;
  /** The schema text; read from schemaPath when not given. */
  schema?: string;
}

export async function diffMigrationsToSchema(input: SchemaDiffInput): Promise<string> {
  const schema = input.schema ?? (await readFile(input.schemaPath, 'utf8'));
  const lockPath = join(input.migrationsDir, migrationLockFileName);
  // Before the first migration there is no lock file yet; the provider is always PostgreSQL.
  const lockfile = existsSync(lockPath) ? await readFile(lockPath, 'utf8') : migrationLockContent;
  const scratch = await openEmptyPGlite();
  const factory = new PGliteAdapterFactory(scratch);
  const { engine, log } = await openSchemaEngine(factory);
  try {
    const result = await engine.diff({
      from: { tag: 'migrations', ...toMigrationList(input.migrationsDir, input.migrations, lockfile) },
      to: { tag: 'schemaDatamodel', files: [{ path: input.schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: noSchemaFilter,
    });
    return normaliseEmptyScript(result.stdout ?? '');
  } catch (error) {
    throw engineError(error, log);
  } finally {
    engine.free();
    await factory.closeShadows();
    await scratch.close();
  }
}

/** The engine answers "no changes" with a comment, not with nothing. */
function normaliseEmptyScript(script: string): string {
  const meaningful = script
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('--'))
    .join('\n');
  return meaningful === '' ? '' : script;
}
