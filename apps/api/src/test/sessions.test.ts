// A session signs its user in until it expires or is ended, and not after, though the API remembers recent sessions
// for a few seconds (auth/session-cache.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: true });
}, 120_000);
afterAll(() => api?.close());

const VIEWER = '{ viewer { email role area { code } } }';

describe('sessions', () => {
  it('signs the user in with their role and area, until the session expires', async () => {
    // Sessions of five seconds here, so that one expires while the test waits, cached or not.
    const brief = await startTestApi({ seed: true, config: { sessionHours: 5 / 3600 } });
    try {
      const assessor = await brief.signIn(DEMO_EMAILS.westMidlandsAssessorA);
      const signedIn = await brief.gql<{ viewer: { email: string; role: string; area: { code: string } | null } }>(
        VIEWER,
        {},
        assessor,
      );
      expect(signedIn.data!.viewer).toEqual({
        email: DEMO_EMAILS.westMidlandsAssessorA,
        role: 'AREA_ASSESSOR',
        area: { code: 'WMPA' },
      });
      const session = await brief.app.db.prisma.session.findFirstOrThrow({ orderBy: { expiresAt: 'desc' } });
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, session.expiresAt.getTime() - Date.now() + 50)));
      const expired = await brief.gql<{ viewer: unknown }>(VIEWER, {}, assessor);
      expect(expired.errors).toBeUndefined();
      expect(expired.data!.viewer).toBeNull();
    } finally {
      await brief.close();
    }
  });

  it('refuses a session at once after signing out, though it was just used', async () => {
    const assessor = await api.signIn(DEMO_EMAILS.westMidlandsAssessorA);
    expect((await api.gql<{ viewer: unknown }>(VIEWER, {}, assessor)).data!.viewer).not.toBeNull();
    await api.gql('mutation { signOut }', {}, assessor);
    expect((await api.gql<{ viewer: unknown }>(VIEWER, {}, assessor)).data!.viewer).toBeNull();
  });

  it('signs nobody in with an unknown token', async () => {
    const res = await api.gql<{ viewer: unknown }>(VIEWER, {}, 'scrutiny_session=not-a-session');
    expect(res.data!.viewer).toBeNull();
  });
});
