// A person's own account: changing their password (held to the password policy, auth/password-policy.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { DEMO_PASSWORD, startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: true });
}, 120_000);
afterAll(() => api?.close());

const CHANGE =
  'mutation ($input: MutationChangePasswordInput!) { changePassword(input: $input) { __typename ... on Error { code message } } }';
type Changed = { changePassword: { __typename: string; code?: string; message?: string } };

describe('changing one’s password', () => {
  it('refuses a short password, and one on the common and leaked lists, saying why', async () => {
    const me = await api.signIn(DEMO_EMAILS.informationManager);
    const short = await api.gql<Changed>(
      CHANGE,
      { input: { currentPassword: DEMO_PASSWORD, newPassword: 'Xy7#pq' } },
      me,
    );
    expect(short.data!.changePassword).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/at least 12 characters/),
    });
    const common = await api.gql<Changed>(
      CHANGE,
      { input: { currentPassword: DEMO_PASSWORD, newPassword: 'password1234' } },
      me,
    );
    expect(common.data!.changePassword).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/common and leaked passwords/),
    });
  });

  it('needs the current password', async () => {
    const me = await api.signIn(DEMO_EMAILS.informationManager);
    const res = await api.gql<Changed>(
      CHANGE,
      { input: { currentPassword: 'not my password', newPassword: 'lantern otter quarry velvet' } },
      me,
    );
    expect(res.data!.changePassword).toMatchObject({ code: 'INVALID_INPUT' });
    await api.signIn(DEMO_EMAILS.informationManager);
  });

  it('takes a long password with no particular kinds of character, and ends the person’s other sessions', async () => {
    const elsewhere = await api.signIn(DEMO_EMAILS.adminOfficer);
    const me = await api.signIn(DEMO_EMAILS.adminOfficer);
    const res = await api.gql<Changed>(
      CHANGE,
      { input: { currentPassword: DEMO_PASSWORD, newPassword: 'lantern otter quarry velvet' } },
      me,
    );
    expect(res.data!.changePassword.__typename).toBe('MutationChangePasswordSuccess');
    expect((await api.gql<{ viewer: unknown }>('{ viewer { id } }', {}, me)).data!.viewer).not.toBeNull();
    expect((await api.gql<{ viewer: unknown }>('{ viewer { id } }', {}, elsewhere)).data!.viewer).toBeNull();
    await api.signIn(DEMO_EMAILS.adminOfficer, 'lantern otter quarry velvet');
    await expect(api.signIn(DEMO_EMAILS.adminOfficer)).rejects.toThrow(/sign-in failed/);
  });
});
