// A session signs its user in until it expires, and not after: the viewer comes from one lookup of the session.
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
    const assessor = await api.signIn(DEMO_EMAILS.westMidlandsAssessorA);
    const signedIn = await api.gql<{ viewer: { email: string; role: string; area: { code: string } | null } }>(
      VIEWER,
      {},
      assessor,
    );
    expect(signedIn.data!.viewer).toEqual({
      email: DEMO_EMAILS.westMidlandsAssessorA,
      role: 'AREA_ASSESSOR',
      area: { code: 'WMPA' },
    });

    const user = await api.app.db.prisma.user.findUniqueOrThrow({
      where: { email: DEMO_EMAILS.westMidlandsAssessorA },
    });
    await api.app.db.prisma.session.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await api.gql<{ viewer: unknown }>(VIEWER, {}, assessor);
    expect(expired.errors).toBeUndefined();
    expect(expired.data!.viewer).toBeNull();
  });

  it('signs nobody in with an unknown token', async () => {
    const res = await api.gql<{ viewer: unknown }>(VIEWER, {}, 'scrutiny_session=not-a-session');
    expect(res.data!.viewer).toBeNull();
  });
});
