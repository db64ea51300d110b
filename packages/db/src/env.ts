// The only place @scrutiny/db reads the environment.
export const env = {
  /** postgresql://… switches from the embedded PGlite to PostgreSQL; tests then also run there. */
  databaseUrl: process.env.DATABASE_URL || undefined,
};
