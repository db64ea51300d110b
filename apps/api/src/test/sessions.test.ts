// A session signs its user in until it expires or is ended, and not after, though the API remembers recent sessions
// for a few seconds (auth/session-cache.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { DEMO_PASSWORD, startTestApi, type TestApi } from '../testing/harness.ts';

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

const SIGN_IN =
  'mutation ($input: MutationSignInInput!) { signIn(input: $input) { __typename ... on Error { code message } } }';
const attempt = async (email: string, password: string) =>
  (await api.gql<{ signIn: { __typename: string; code?: string } }>(SIGN_IN, { input: { email, password } })).data!
    .signIn;

describe('sign-in lockout', () => {
  it('locks an account after five failed sign-ins, even against the right password, and a success resets it', async () => {
    for (let i = 0; i < 4; i++)
      expect(await attempt(DEMO_EMAILS.informationManager, 'wrong')).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await attempt(DEMO_EMAILS.informationManager, DEMO_PASSWORD)).__typename).toBe('MutationSignInSuccess');
    // The success started the count again: four more failures do not lock.
    for (let i = 0; i < 4; i++)
      expect(await attempt(DEMO_EMAILS.informationManager, 'wrong')).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await attempt(DEMO_EMAILS.informationManager, 'wrong')).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await attempt(DEMO_EMAILS.informationManager, DEMO_PASSWORD)).toMatchObject({ code: 'LOCKED' });
  });

  it('checks at most five of many guesses sent at once, then locks', async () => {
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => attempt(DEMO_EMAILS.adminOfficer, `guess-${i}`)),
    );
    const checked = guesses.filter((g) => g.code === 'UNAUTHENTICATED');
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(guesses.filter((g) => g.code === 'LOCKED')).toHaveLength(12 - checked.length);
    expect(await attempt(DEMO_EMAILS.adminOfficer, DEMO_PASSWORD)).toMatchObject({ code: 'LOCKED' });
    const user = await api.app.db.prisma.user.findUniqueOrThrow({ where: { email: DEMO_EMAILS.adminOfficer } });
    expect(user.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 10 * 60_000);
  });
});
