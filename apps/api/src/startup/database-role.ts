// A superuser can read and change anything in the cluster and switch off every safeguard the schema has: in
// production the API runs as an ordinary role that owns only its own database, and refuses to start otherwise.
import type { Db } from '@scrutiny/db';

export class SuperuserRoleError extends Error {
  constructor(role: string) {
    super(
      `Refusing to start in production as the PostgreSQL superuser "${role}". Create an ordinary role that owns ` +
        `the database (CREATE ROLE scrutiny LOGIN PASSWORD '…'; CREATE DATABASE scrutiny OWNER scrutiny;) and ` +
        `put it in DATABASE_URL.`,
    );
    this.name = 'SuperuserRoleError';
  }
}

/** Throws SuperuserRoleError when a production API would run on PostgreSQL as a superuser. */
export async function refuseSuperuserInProduction(db: Db, production: boolean): Promise<void> {
  // The embedded PGlite has no roles to choose from: it serves one process on one machine.
  if (!production || db.kind !== 'postgres') return;
  const rows = await db.prisma.$queryRawUnsafe<{ role: string; superuser: boolean }[]>(
    'SELECT current_user AS role, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user',
  );
  const row = rows[0];
  if (!row || row.superuser) throw new SuperuserRoleError(row?.role ?? 'unknown');
}
