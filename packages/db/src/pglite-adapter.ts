// pglite-prisma-adapter for Prisma, with two repairs: its executeScript does not await PGlite (so a failing script
// looked like success to the schema engine), and its shadow database is never closed.
import type { PGlite } from '@electric-sql/pglite';
import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { openEmptyPGlite } from './empty-pglite.ts';

export class PGliteAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName = 'pglite-prisma-adapter';
  readonly #shadows: PGlite[] = [];

  constructor(readonly pglite: PGlite) {}

  async connect(): Promise<SqlDriverAdapter> {
    return withAwaitedScripts(await connectPGlite(this.pglite), this.pglite);
  }

  /** A fresh in-memory database, as the schema engine's shadow database (it replays migrations there). */
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = await openEmptyPGlite();
    this.#shadows.push(shadow);
    return withAwaitedScripts(await connectPGlite(shadow), shadow);
  }

  async closeShadows(): Promise<void> {
    const shadows = this.#shadows.splice(0);
    await Promise.all(shadows.map((shadow) => shadow.close()));
  }
}

function connectPGlite(pglite: PGlite): Promise<SqlDriverAdapter> {
  const factory: SqlDriverAdapterFactory = new PrismaPGlite(pglite);
  return factory.connect();
}

function withAwaitedScripts(adapter: SqlDriverAdapter, pglite: PGlite): SqlDriverAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: (query) => adapter.executeRaw(query),
    startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
    getConnectionInfo: () => adapter.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    dispose: () => adapter.dispose(),
    executeScript: async (script) => {
      await pglite.exec(script);
    },
  };
}
