// Lets tests count the SQL statements Prisma sends (to prove there is no N+1), on either adapter: every statement
// passes through an adapter's queryRaw or executeRaw, in or out of a transaction. BEGIN/COMMIT are not counted:
// both adapters issue them inside startTransaction/commit themselves.
import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  SqlQueryable,
  Transaction,
} from '@prisma/driver-adapter-utils';

export type QueryListener = (sql: string) => void;

export class QueryObservers {
  readonly #listeners = new Set<QueryListener>();

  add(listener: QueryListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  notify(sql: string): void {
    for (const listener of this.#listeners) listener(sql);
  }

  observe(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
    return {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => this.#observeAdapter(await factory.connect()),
    };
  }

  #observeAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
    const observed: SqlDriverAdapter = {
      ...this.#observeQueryable(adapter),
      executeScript: (script) => {
        this.notify(script);
        return adapter.executeScript(script);
      },
      startTransaction: async (isolationLevel) =>
        this.#observeTransaction(await adapter.startTransaction(isolationLevel)),
      dispose: () => adapter.dispose(),
    };
    if (adapter.getConnectionInfo) observed.getConnectionInfo = () => adapter.getConnectionInfo!();
    return observed;
  }

  #observeTransaction(transaction: Transaction): Transaction {
    const observed: Transaction = {
      ...this.#observeQueryable(transaction),
      options: transaction.options,
      commit: () => transaction.commit(),
      rollback: () => transaction.rollback(),
    };
    if (transaction.createSavepoint) observed.createSavepoint = (name) => transaction.createSavepoint!(name);
    if (transaction.rollbackToSavepoint)
      observed.rollbackToSavepoint = (name) => transaction.rollbackToSavepoint!(name);
    if (transaction.releaseSavepoint) observed.releaseSavepoint = (name) => transaction.releaseSavepoint!(name);
    return observed;
  }

  #observeQueryable(queryable: SqlQueryable): SqlQueryable {
    return {
      provider: queryable.provider,
      adapterName: queryable.adapterName,
      queryRaw: (query: SqlQuery) => {
        this.notify(query.sql);
        return queryable.queryRaw(query);
      },
      executeRaw: (query: SqlQuery) => {
        this.notify(query.sql);
        return queryable.executeRaw(query);
      },
    };
  }
}
