// Tests run on PGlite always, and on PostgreSQL when DATABASE_URL is set.
export function testDatabaseUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}
