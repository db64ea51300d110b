// Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm), so migrations can be created and
// checked with nothing from outside the npm registry. The package is a wasm-bindgen *bundler* build: Node cannot
// import its .wasm directly, so it is instantiated here by hand against the glue module's exports.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import { migrationLockFileName, type MigrationFile } from './migration-files.ts';

interface PanicRegistry {
  message: string;
  set_message(message: string): void;
}

declare global {
  var PRISMA_WASM_PANIC_REGISTRY: PanicRegistry | undefined;
}

type GlueModule = typeof glue;
type ModuleImports = Record<string, unknown>;

// The project's lib settings (ES2023, no DOM) leave out WebAssembly's JS API; this is the part used here.
interface WebAssemblyApi {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, ModuleImports>,
  ): Promise<{ instance: { exports: Record<string, unknown> & { __wbindgen_start(): void } } }>;
}
const webAssembly = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;

let loaded: Promise<GlueModule> | undefined;

/** Instantiates the engine once per process; every SchemaEngine shares that wasm instance. */
export function loadSchemaEngine(): Promise<GlueModule> {
  loaded ??= instantiate();
  return loaded;
}

async function instantiate(): Promise<GlueModule> {
  // The engine reports a Rust panic through this global before throwing; without it the panic itself crashes.
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: '',
    set_message(message: string) {
      this.message = message;
    },
  };
  const require = createRequire(import.meta.url);
  // The package exports no path to its .wasm; it sits beside the glue module.
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasmPath = join(dirname(gluePath), 'schema_engine_bg.wasm');
  const bytes = await readFile(wasmPath);
  const { instance } = await webAssembly.instantiate(bytes, { './schema_engine_bg.js': unrefTimers(glue) });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue;
}

/** The engine leaves a 10 s timer behind after each command; unref'd, it no longer keeps Node alive. */
function unrefTimers(module: GlueModule): ModuleImports {
  const imports: ModuleImports = {};
  for (const [name, value] of Object.entries(module)) {
    if (name.startsWith('__wbg_setTimeout_') && typeof value === 'function') {
      const setTimer = value as (...args: unknown[]) => unknown;
      imports[name] = (...args: unknown[]) => {
        const timer = setTimer(...args);
        if (timer && typeof timer === 'object' && 'unref' in timer && typeof timer.unref === 'function') timer.unref();
        return timer;
      };
    } else {
      imports[name] = value;
    }
  }
  return imports;
}

export interface EngineLog {
  messages: string[];
}

export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  datamodel?: { path: string; content: string },
): Promise<{ engine: SchemaEngine; log: EngineLog }> {
  const module = await loadSchemaEngine();
  const log: EngineLog = { messages: [] };
  const engine = await module.SchemaEngine.new(
    // An empty list makes the engine panic; `undefined` means "no schema".
    { datamodels: datamodel ? [[datamodel.path, datamodel.content]] : undefined },
    (message: string) => log.messages.push(message),
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
  return { engine, log };
}

export function toMigrationList(
  migrationsDir: string,
  migrations: readonly MigrationFile[],
  lockfileContent: string | null,
): MigrationList {
  return {
    baseDir: migrationsDir,
    lockfile: { path: migrationLockFileName, content: lockfileContent },
    shadowDbInitScript: '',
    migrationDirectories: migrations.map((migration) => ({
      path: migration.name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: migration.sql } },
    })),
  };
}

export const noSchemaFilter = { externalTables: [], externalEnums: [] };

/** Turns an engine failure (a panic or a structured error) into an Error with a readable message. */
export function engineError(cause: unknown, log: EngineLog): Error {
  const panic = globalThis.PRISMA_WASM_PANIC_REGISTRY?.message;
  const detail = cause instanceof Error ? cause.message : JSON.stringify(cause);
  const lines = [detail, panic ? `panic: ${panic}` : '', ...log.messages.slice(-5)].filter(Boolean);
  return new Error(`Schema engine failed: ${lines.join('\n')}`, { cause });
}
