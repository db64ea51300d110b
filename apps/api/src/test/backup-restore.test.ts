// The whole reference and demo data, backed up and restored into a fresh database: the API on the restored copy
// gives the same published figures, the same case files and the same answers, and sign-in still works.
import { restoreBackup, takeBackup } from '@scrutiny/db';
import { createTestDb, testDatabaseKinds } from '@scrutiny/db/testing';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { readConfig } from '../env.ts';
import { seedReferenceData } from '../seed/seed-reference.ts';
import { referenceSeed } from '../seed/reference-seed.ts';

const FIGURES = /* GraphQL */ `
  {
    inspections(first: 10) {
      edges {
        node {
          year
          area {
            code
          }
          status
          criterionScores {
            code
            percentage
          }
          caseFiles(first: 45) {
            edges {
              node {
                reference
                answers {
                  measureKey
                  value
                  version
                }
              }
            }
          }
        }
      }
    }
  }
`;

describe('backup and restore of a working database', () => {
  it('restores every inspection, figure, case file and answer', async () => {
    const kind = testDatabaseKinds.includes('postgres') ? 'postgres' : 'pglite';
    const config = { ...readConfig({ SCRUTINY_LOG_LEVEL: 'silent' }), secureCookies: false };
    const source = await createApp(config, { db: await createTestDb(kind) });
    const target = await createApp(config, { db: await createTestDb(kind) });
    try {
      await seedReferenceData(source.db.prisma, source.services.frameworks, referenceSeed());
      const read = async (app: typeof source) => {
        const signIn = await app.yoga.fetch('http://scrutiny.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'mutation ($input: MutationSignInInput!) { signIn(input: $input) { __typename } }',
            variables: { input: { email: DEMO_EMAILS.assistantChiefInspector, password: 'scrutiny-demo' } },
          }),
        });
        const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
        const response = await app.yoga.fetch('http://scrutiny.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query: FIGURES }),
        });
        return (await response.json()) as { data?: unknown; errors?: unknown };
      };

      const before = await read(source);
      expect(before.errors).toBeUndefined();
      const sourceSession = await source.db.sqlSession();
      const backup = await takeBackup(sourceSession);
      await sourceSession.close();
      const targetSession = await target.db.sqlSession();
      const { rows } = await restoreBackup(targetSession, JSON.parse(JSON.stringify(backup)) as typeof backup);
      await targetSession.close();
      expect(rows).toBeGreaterThan(1000);

      const after = await read(target);
      expect(after).toEqual(before);
    } finally {
      await source.close();
      await target.close();
    }
  }, 300_000);
});
