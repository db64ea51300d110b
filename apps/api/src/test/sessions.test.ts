// A session signs its user in until it expires or is ended, and not after, though the API remembers recent sessions
// for a few seconds (auth/session-cache.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
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

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

/** Signs in with a browser's User-Agent and answers the session cookie. */
async function signInWith(email: string, userAgent: string) {
  const response = await api.app.yoga.fetch('http://scrutiny.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'user-agent': userAgent },
    body: JSON.stringify({
      query: 'mutation ($input: MutationSignInInput!) { signIn(input: $input) { __typename } }',
      variables: { input: { email, password: 'scrutiny-demo' } },
    }),
  });
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

interface Listed {
  mySessions: { id: string; device: string; address: string | null; lastSeenAt: string; current: boolean }[];
}
const MINE = '{ mySessions { id device address lastSeenAt current } }';

describe('a person’s sessions', () => {
  it('lists where they are signed in, and ends any one of them', async () => {
    const email = DEMO_EMAILS.westMidlandsBoardMember;
    const laptop = await signInWith(email, FIREFOX);
    const phone = await signInWith(email, SAFARI_IPHONE);
    const listed = (await api.gql<Listed>(MINE, {}, laptop)).data!.mySessions;
    const devices = listed.map((s) => s.device);
    expect(devices).toEqual(expect.arrayContaining(['Firefox on Linux', 'Safari on iOS']));
    expect(listed.filter((s) => s.current).map((s) => s.device)).toEqual(['Firefox on Linux']);
    expect(listed.every((s) => s.address === 'in-process' && !Number.isNaN(Date.parse(s.lastSeenAt)))).toBe(true);
    const phoneSession = listed.find((s) => s.device === 'Safari on iOS')!;
    const ended = await api.gql<{ endSession: { __typename: string } }>(
      'mutation ($input: MutationEndSessionInput!) { endSession(input: $input) { __typename } }',
      { input: { sessionId: phoneSession.id } },
      laptop,
    );
    expect(ended.data!.endSession.__typename).toBe('MutationEndSessionSuccess');
    expect((await api.gql<{ viewer: unknown }>(VIEWER, {}, phone)).data!.viewer).toBeNull();
    expect((await api.gql<{ viewer: unknown }>(VIEWER, {}, laptop)).data!.viewer).not.toBeNull();
    // Someone else's session is not theirs to end, nor to see.
    const other = await api.signIn(DEMO_EMAILS.greaterManchesterBoardMember);
    const refused = await api.gql<{ endSession: { code?: string } }>(
      'mutation ($input: MutationEndSessionInput!) { endSession(input: $input) { __typename ... on Error { code } } }',
      { input: { sessionId: listed.find((s) => s.current)!.id } },
      other,
    );
    expect(refused.data!.endSession.code).toBe('NOT_FOUND');
    expect((await api.gql<{ viewer: unknown }>(VIEWER, {}, laptop)).data!.viewer).not.toBeNull();
  });

  it('an administrator ends all of a person’s sessions at once, audited', async () => {
    const email = DEMO_EMAILS.westMidlandsAssessorB;
    const first = await signInWith(email, FIREFOX);
    const second = await signInWith(email, SAFARI_IPHONE);
    // Both are in the session cache now.
    for (const cookie of [first, second])
      expect((await api.gql<{ viewer: unknown }>(VIEWER, {}, cookie)).data!.viewer).not.toBeNull();
    const person = await api.app.db.prisma.user.findUniqueOrThrow({ where: { email } });
    const END_ALL =
      'mutation ($input: MutationEndSessionsOfUserInput!) { endSessionsOfUser(input: $input) { __typename ... on MutationEndSessionsOfUserSuccess { data } ... on Error { code } } }';
    const input = { userId: encodeGlobalID('User', person.id) };
    const asInspector = await api.gql<{ endSessionsOfUser: { code?: string } }>(
      END_ALL,
      { input },
      await api.signIn(DEMO_EMAILS.inspector),
    );
    expect(asInspector.data!.endSessionsOfUser.code).toBe('FORBIDDEN');
    const admin = await api.signIn(DEMO_EMAILS.administrator);
    const res = await api.gql<{ endSessionsOfUser: { data: number } }>(END_ALL, { input }, admin);
    expect(res.data!.endSessionsOfUser.data).toBeGreaterThanOrEqual(2);
    for (const cookie of [first, second])
      expect((await api.gql<{ viewer: unknown }>(VIEWER, {}, cookie)).data!.viewer).toBeNull();
    expect(
      await api.app.db.prisma.auditEvent.count({ where: { action: 'user.sessions.end-all', entityId: person.id } }),
    ).toBe(1);
  });
});
