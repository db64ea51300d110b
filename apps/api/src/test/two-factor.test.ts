// Two-factor sign-in: enrol an authenticator app (confirmed with one code), then sign in with password and code or a
// recovery code; a used code is refused; roles that require it can do nothing before enrolling; an administrator
// can reset it (audited).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { DEMO_PASSWORD, startTestApi, type GraphQLResponse, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let strict: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: true });
  strict = await startTestApi({ seed: true, config: { requireTwoFactorRoles: ['INSPECTOR', 'ADMINISTRATOR'] } });
}, 180_000);
afterAll(async () => {
  await api?.close();
  await strict?.close();
});

async function post<T>(on: TestApi, query: string, variables: Record<string, unknown>, cookie?: string | null) {
  const response = await on.app.yoga.fetch('http://scrutiny.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const set = response.headers.get('set-cookie');
  return { body: (await response.json()) as GraphQLResponse<T>, cookie: set ? set.split(';')[0]! : null };
}

const SIGN_IN =
  'mutation ($input: MutationSignInInput!) { signIn(input: $input) { __typename ... on Error { code message } } }';
const BEGIN =
  'mutation ($input: MutationBeginTwoFactorEnrolmentInput!) { beginTwoFactorEnrolment(input: $input) { __typename ... on MutationBeginTwoFactorEnrolmentSuccess { data { secret uri qrCode } } ... on Error { code message } } }';
const CONFIRM =
  'mutation ($input: MutationConfirmTwoFactorEnrolmentInput!) { confirmTwoFactorEnrolment(input: $input) { __typename ... on MutationConfirmTwoFactorEnrolmentSuccess { data { recoveryCodes } } ... on Error { code message } } }';
const VIEWER = '{ viewer { id twoFactorEnabled twoFactorEnrolmentRequired } }';

type SignInResult = { signIn: { __typename: string; code?: string } };
const signIn = (on: TestApi, email: string, code?: string) =>
  post<SignInResult>(on, SIGN_IN, { input: { email, password: DEMO_PASSWORD, ...(code ? { code } : {}) } });

const codeAt = (secret: string, offsetMs = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetMs });

async function enrol(on: TestApi, cookie: string) {
  const begun = await post<{
    beginTwoFactorEnrolment: { data?: { secret: string; uri: string; qrCode: string }; code?: string };
  }>(on, BEGIN, { input: { currentPassword: DEMO_PASSWORD } }, cookie);
  const enrolment = begun.body.data!.beginTwoFactorEnrolment.data!;
  const confirmed = await post<{ confirmTwoFactorEnrolment: { data?: { recoveryCodes: string[] }; code?: string } }>(
    on,
    CONFIRM,
    { input: { code: codeAt(enrolment.secret) } },
    cookie,
  );
  return { enrolment, confirmed };
}

describe('two-factor sign-in', () => {
  it('enrols with a QR code and the secret, on only once one code confirms it, and rotates the session', async () => {
    const cookie = (await signIn(api, DEMO_EMAILS.informationManager)).cookie!;
    const begun = await post<{ beginTwoFactorEnrolment: { data: { secret: string; uri: string; qrCode: string } } }>(
      api,
      BEGIN,
      { input: { currentPassword: DEMO_PASSWORD } },
      cookie,
    );
    const { secret, uri, qrCode } = begun.body.data!.beginTwoFactorEnrolment.data;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(uri).toContain(`secret=${secret}`);
    expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(qrCode.split(',')[1]!, 'base64').toString()).toContain('<svg');
    // A wrong code leaves it off: the password alone still signs in.
    const wrong = await post<{ confirmTwoFactorEnrolment: { code: string } }>(
      api,
      CONFIRM,
      { input: { code: '000000' === codeAt(secret) ? '111111' : '000000' } },
      cookie,
    );
    expect(wrong.body.data!.confirmTwoFactorEnrolment.code).toBe('INVALID_INPUT');
    expect((await signIn(api, DEMO_EMAILS.informationManager)).body.data!.signIn.__typename).toBe(
      'MutationSignInSuccess',
    );
    const confirmed = await post<{ confirmTwoFactorEnrolment: { data: { recoveryCodes: string[] } } }>(
      api,
      CONFIRM,
      { input: { code: codeAt(secret) } },
      cookie,
    );
    const codes = confirmed.body.data!.confirmTwoFactorEnrolment.data.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    // Stored hashed only.
    const stored = await api.app.db.prisma.recoveryCode.findMany({
      where: { user: { email: DEMO_EMAILS.informationManager } },
    });
    expect(stored).toHaveLength(10);
    expect(stored.some((row) => codes.includes(row.codeHash))).toBe(false);
    // The session was replaced: the old cookie signs nobody in, the new one does.
    expect(confirmed.cookie).not.toBeNull();
    expect(confirmed.cookie).not.toBe(cookie);
    expect((await post<{ viewer: unknown }>(api, VIEWER, {}, cookie)).body.data!.viewer).toBeNull();
    expect((await post<{ viewer: unknown }>(api, VIEWER, {}, confirmed.cookie)).body.data!.viewer).toMatchObject({
      twoFactorEnabled: true,
    });
  });

  it('then needs the code; a used code, or a used recovery code, is refused', async () => {
    const email = DEMO_EMAILS.adminOfficer;
    const { enrolment, confirmed } = await enrol(api, (await signIn(api, email)).cookie!);
    const recovery = confirmed.body.data!.confirmTwoFactorEnrolment.data!.recoveryCodes;
    const withoutCode = await signIn(api, email);
    expect(withoutCode.body.data!.signIn).toMatchObject({ code: 'TWO_FACTOR_REQUIRED' });
    expect(withoutCode.cookie).toBeNull();
    // The confirming code's step is used up: the next step's code (inside the drift window) signs in, once.
    const next = codeAt(enrolment.secret, 30_000);
    expect((await signIn(api, email, next)).body.data!.signIn.__typename).toBe('MutationSignInSuccess');
    const replayed = await signIn(api, email, next);
    expect(replayed.body.data!.signIn).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(replayed.cookie).toBeNull();
    expect((await signIn(api, email, '123456')).body.data!.signIn.__typename).toBe('SignInFailedError');
    const byRecovery = await signIn(api, email, recovery[3]!.toUpperCase());
    expect(byRecovery.body.data!.signIn.__typename).toBe('MutationSignInSuccess');
    expect((await signIn(api, email, recovery[3]!)).body.data!.signIn).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('keeps a role that requires it to enrolment until done, then lets the person work', async () => {
    const cookie = (await signIn(strict, DEMO_EMAILS.inspector)).cookie!;
    const me = await post<{ viewer: { twoFactorEnrolmentRequired: boolean } }>(strict, VIEWER, {}, cookie);
    expect(me.body.data!.viewer.twoFactorEnrolmentRequired).toBe(true);
    const blocked = await post(strict, '{ inspections(first: 1) { edges { node { id } } } }', {}, cookie);
    expect(blocked.body.errors?.[0]?.extensions?.code).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
    expect(blocked.body.data ?? null).toBeNull();
    const mutation = await post(
      strict,
      'mutation ($input: MutationChangePasswordInput!) { changePassword(input: $input) { __typename } }',
      { input: { currentPassword: DEMO_PASSWORD, newPassword: 'lantern otter quarry velvet' } },
      cookie,
    );
    expect(mutation.body.errors?.[0]?.extensions?.code).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
    // A role that does not require it works as before.
    const assessor = (await signIn(strict, DEMO_EMAILS.westMidlandsAssessorA)).cookie!;
    expect(
      (await post(strict, '{ inspections(first: 1) { edges { node { id } } } }', {}, assessor)).body.errors,
    ).toBeUndefined();
    const { confirmed } = await enrol(strict, cookie);
    const after = await post(strict, '{ inspections(first: 1) { edges { node { id } } } }', {}, confirmed.cookie);
    expect(after.body.errors).toBeUndefined();
  });

  it('can be reset by an administrator only, audited, ending the person’s sessions', async () => {
    const email = DEMO_EMAILS.westMidlandsAssessorB;
    const { confirmed } = await enrol(api, (await signIn(api, email)).cookie!);
    const person = await api.app.db.prisma.user.findUniqueOrThrow({ where: { email } });
    const RESET =
      'mutation ($input: MutationResetTwoFactorInput!) { resetTwoFactor(input: $input) { __typename ... on Error { code } } }';
    const input = { userId: encodeGlobalID('User', person.id) };
    const asInspector = await post<{ resetTwoFactor: { code?: string } }>(
      api,
      RESET,
      { input },
      (await signIn(api, DEMO_EMAILS.inspector)).cookie,
    );
    expect(asInspector.body.data!.resetTwoFactor.code).toBe('FORBIDDEN');
    const admin = (await signIn(api, DEMO_EMAILS.administrator)).cookie;
    const reset = await post<{ resetTwoFactor: { __typename: string } }>(api, RESET, { input }, admin);
    expect(reset.body.data!.resetTwoFactor.__typename).toBe('MutationResetTwoFactorSuccess');
    expect((await post<{ viewer: unknown }>(api, VIEWER, {}, confirmed.cookie)).body.data!.viewer).toBeNull();
    expect((await signIn(api, email)).body.data!.signIn.__typename).toBe('MutationSignInSuccess');
    const audited = await api.app.db.prisma.auditEvent.findFirst({
      where: { action: 'user.two-factor.reset', entityId: person.id },
    });
    expect(audited).not.toBeNull();
  });
});
