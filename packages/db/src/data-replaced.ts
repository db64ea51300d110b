// A database replaced under running API processes (a restore) tells them so: every cache they keep of what it held
// (the response cache's answers, the public pages' list) must end. PostgreSQL's NOTIFY, sent inside the replacing
// transaction, reaches every listening connection once it commits, and never if it rolls back.
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export const DATA_REPLACED_CHANNEL = 'scrutiny_data_replaced';

/** The statement a replacing transaction ends with. */
export const NOTIFY_DATA_REPLACED = `NOTIFY ${DATA_REPLACED_CHANNEL}`;

/** Calls `heard` after every committed replacement; resolves with the function that stops listening. */
export type DataReplacedListener = (heard: () => void) => Promise<() => Promise<void>>;

export function pgliteDataReplaced(pglite: PGlite): DataReplacedListener {
  return async (heard) => {
    const stop = await pglite.listen(DATA_REPLACED_CHANNEL, () => heard());
    return async () => {
      if (!pglite.closed) await stop();
    };
  };
}

/**
 * One connection of its own, outside the pool (a pooled connection may be closed or reused). A lost connection is
 * opened again a second later, and `heard` is called then too: a replacement may have come while nobody listened.
 */
export function postgresDataReplaced(connectionString: string): DataReplacedListener {
  return async (heard) => {
    let stopped = false;
    let client: pg.Client | null = null;
    let retry: NodeJS.Timeout | null = null;
    const open = async (reopened: boolean): Promise<void> => {
      const next = new pg.Client({ connectionString });
      const lost = () => {
        if (stopped || client !== next) return;
        client = null;
        void next.end().catch(() => {});
        retry = setTimeout(() => void open(true).catch(lost), 1000);
        retry.unref();
      };
      client = next;
      next.on('error', lost);
      next.on('end', lost);
      next.on('notification', (message) => {
        if (message.channel === DATA_REPLACED_CHANNEL) heard();
      });
      try {
        await next.connect();
        await next.query(`LISTEN ${DATA_REPLACED_CHANNEL}`);
      } catch (error) {
        if (!reopened) {
          client = null;
          await next.end().catch(() => {});
          throw error;
        }
        lost();
        return;
      }
      if (reopened) heard();
    };
    await open(false);
    return async () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => {});
    };
  };
}
