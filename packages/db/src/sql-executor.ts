// The hot statements' way to the database, beside Prisma (issue 18): a statement written once per process is sent
// straight through node-postgres's pool as a named prepared statement (parsed and planned once per connection), or
// through PGlite's `query` on the embedded database. Prisma's runtime costs several times the work of such a
// statement per call; the statements sent here are the few every request makes. The same query observers hear every
// statement, so the tests that count statements count these too.
import { createHash } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { QueryObservers } from './query-observer.ts';

/** One SQL statement with $1… parameters, named once; `Row` is the shape of the rows it returns. */
export interface SqlStatement<Row> {
  readonly text: string;
  /** The prepared statement's name on PostgreSQL: one per text. */
  readonly name: string;
  /** Carries `Row` in the type only. */
  readonly row?: Row;
}

/** Declares a statement once (at module load), so naming it costs nothing per call. */
export function sqlStatement<Row>(text: string): SqlStatement<Row> {
  return { text, name: `scrutiny_sql_${createHash('sha256').update(text).digest('base64url').slice(0, 22)}` };
}

export interface SqlExecutor {
  /** Runs the statement with its parameters; Dates are sent as UTC instants, timestamps come back as Dates. */
  query<Row>(statement: SqlStatement<Row>, values: readonly unknown[]): Promise<Row[]>;
}

const TIMESTAMP = 1114;

/** Prisma keeps `timestamp` columns (without a zone) in UTC; both drivers would read them as local time. */
const parseUtcTimestamp = (text: string): Date => new Date(`${text.replace(' ', 'T')}Z`);

/** A Date as the ISO instant; a zone given to a `timestamp` column is ignored, so the UTC wall time is stored. */
function parameters(values: readonly unknown[]): unknown[] {
  return values.map((value) => (value instanceof Date ? value.toISOString() : value));
}

/** node-postgres's parsers, but for timestamps; one object for every call. */
const pgTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMP && format !== 'binary'
      ? parseUtcTimestamp
      : pg.types.getTypeParser(oid, format ?? 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

export function postgresExecutor(pool: pg.Pool, observers: QueryObservers): SqlExecutor {
  return {
    query: async <Row>(statement: SqlStatement<Row>, values: readonly unknown[]) => {
      observers.notify(statement.text);
      const result = await pool.query({
        name: statement.name,
        text: statement.text,
        values: parameters(values),
        types: pgTypes,
      });
      return result.rows as Row[];
    },
  };
}

const pgliteOptions = { parsers: { [TIMESTAMP]: parseUtcTimestamp } };

export function pgliteExecutor(pglite: PGlite, observers: QueryObservers): SqlExecutor {
  return {
    query: async <Row>(statement: SqlStatement<Row>, values: readonly unknown[]) => {
      observers.notify(statement.text);
      const result = await pglite.query<Row>(statement.text, parameters(values), pgliteOptions);
      return result.rows;
    },
  };
}
