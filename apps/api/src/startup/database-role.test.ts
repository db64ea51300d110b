// On PostgreSQL (DATABASE_URL set), a production API refuses a superuser role and starts as an ordinary one.
import { createPostgresTestDbAs, createTestDb, testDatabaseKinds } from '@scrutiny/db/testing';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { readConfig } from '../env.ts';
import { SuperuserRoleError } from './database-role.ts';

const production = { ...readConfig({}), production: true, secureCookies: true };

describe.runIf(testDatabaseKinds.includes('postgres'))('the database role in production', () => {
  it('refuses to start as a superuser, naming the role and what to do', async () => {
    const db = await createTestDb('postgres');
    try {
      const attempt = createApp(production, { db });
      await expect(attempt).rejects.toBeInstanceOf(SuperuserRoleError);
      await expect(attempt).rejects.toThrow(/superuser "postgres".*CREATE ROLE/);
    } finally {
      await db.close();
    }
  });

  it('starts as an ordinary role that owns its database, and serves', async () => {
    const db = await createPostgresTestDbAs('scrutiny_app_test');
    try {
      const app = await createApp(production, { db });
      const response = await app.yoga.fetch('http://scrutiny.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ areas { name } }' }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { data?: unknown; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({ areas: [] });
    } finally {
      await db.close();
    }
  });
});

describe('the embedded database', () => {
  it('starts in production too: PGlite has no roles to choose from', async () => {
    const db = await createTestDb('pglite');
    const app = await createApp(production, { db });
    await app.close();
  });
});
