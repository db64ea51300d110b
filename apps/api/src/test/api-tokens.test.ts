// API tokens through the real listener: administrators create and revoke them; a holder reads published data
// only, at a higher rate limit than anonymous callers; revocation takes effect on the next request.
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../env.ts';
import { listen } from '../server.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let running: { url: string; close(): Promise<void> };
let admin: string;

const ANONYMOUS_LIMIT = 8;
const TOKEN_LIMIT = 30;

beforeAll(async () => {
  api = await startTestApi({
    seed: true,
    config: { rateLimits: { anonymousPerMinute: ANONYMOUS_LIMIT, tokenPerMinute: TOKEN_LIMIT } },
  });
  running = await listen(api.app, { ...readConfig({ PORT: '0' }), secureCookies: false });
  admin = await api.signIn(DEMO_EMAILS.administrator);
}, 240_000);
afterAll(async () => {
  await running?.close();
});

async function post(query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>) {
  const response = await fetch(`${running.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as {
      data?: Record<string, unknown>;
      errors?: { message: string; extensions?: { code?: string } }[];
    },
  };
}

const CREATE = /* GraphQL */ `
  mutation ($input: MutationCreateApiTokenInput!) {
    createApiToken(input: $input) {
      __typename
      ... on MutationCreateApiTokenSuccess {
        data {
          token
          apiToken {
            id
            name
            scopes
          }
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`;
interface Created {
  createApiToken: {
    __typename: string;
    code?: string;
    data?: { token: string; apiToken: { id: string; name: string; scopes: string[] } };
  };
}

async function createToken(name: string, scopes: string[]) {
  const res = await post(CREATE, { cookie: admin }, { input: { name, scopes } });
  const created = (res.body.data as unknown as Created).createApiToken;
  expect(created.__typename).toBe('MutationCreateApiTokenSuccess');
  return created.data!;
}

const PUBLISHED = '{ inspections(first: 20) { edges { node { year published area { code } } } } viewer { id } }';

describe('API tokens', () => {
  it('only administrators create them; the secret is shown once and stored as a hash only', async () => {
    const inspector = await api.signIn(DEMO_EMAILS.inspector);
    const refused = await post(CREATE, { cookie: inspector }, { input: { name: 'x', scopes: ['READ_PUBLISHED'] } });
    expect((refused.body.data as unknown as Created).createApiToken).toMatchObject({ __typename: 'ForbiddenError' });
    const blank = await post(CREATE, { cookie: admin }, { input: { name: ' ', scopes: [] } });
    expect((blank.body.data as unknown as Created).createApiToken.__typename).toBe('InvalidInputError');

    const { token, apiToken } = await createToken('Probation research unit', ['READ_PUBLISHED']);
    expect(token).toMatch(/^scr_[A-Za-z0-9_-]{40,}$/);
    expect(apiToken).toMatchObject({ name: 'Probation research unit', scopes: ['READ_PUBLISHED'] });
    const stored = await api.app.db.prisma.apiToken.findMany();
    expect(stored.some((row) => row.tokenHash.includes(token) || row.tokenHash.includes(token.slice(4)))).toBe(false);
    const audit = await api.app.db.prisma.auditEvent.findMany({ where: { action: 'api-token.create' } });
    expect(audit.length).toBeGreaterThan(0);
  });

  it('reaches published data only, and introspection only when scoped for it', async () => {
    const { token } = await createToken('Journalist', ['READ_PUBLISHED']);
    const read = await post(PUBLISHED, { authorization: `Bearer ${token}` });
    const nodes = (read.body.data!.inspections as { edges: { node: { year: number; published: boolean } }[] }).edges;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((e) => e.node.published)).toBe(true);
    expect(read.body.data!.viewer).toBeNull();

    const introspect = '{ __schema { queryType { name } } }';
    expect((await post(introspect, { authorization: `Bearer ${token}` })).body.errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const { token: schemaToken } = await createToken('Client generator', ['READ_PUBLISHED', 'READ_SCHEMA']);
    expect((await post(introspect, { authorization: `Bearer ${schemaToken}` })).body.data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
  });

  it('gives token holders a higher rate limit than anonymous callers, with Retry-After when over it', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < ANONYMOUS_LIMIT + 2; i++) statuses.push((await post('{ __typename }')).status);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(ANONYMOUS_LIMIT);
    const over = await post('{ __typename }');
    expect(over.status).toBe(429);
    expect(Number(over.retryAfter)).toBeGreaterThan(0);
    expect(over.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');

    const { token } = await createToken('Dashboard', ['READ_PUBLISHED']);
    for (let i = 0; i < ANONYMOUS_LIMIT + 5; i++)
      expect((await post('{ __typename }', { authorization: `Bearer ${token}` })).status).toBe(200);
    // Signed-in team members are not held to the anonymous limit.
    expect((await post('{ __typename }', { cookie: admin })).status).toBe(200);
  });

  it('a revoked token is refused on the very next request', async () => {
    const { token, apiToken } = await createToken('To be revoked', ['READ_PUBLISHED']);
    expect((await post('{ __typename }', { authorization: `Bearer ${token}` })).status).toBe(200);
    const revoke = await post(
      'mutation ($input: MutationRevokeApiTokenInput!) { revokeApiToken(input: $input) { __typename ... on MutationRevokeApiTokenSuccess { data { revokedAt } } } }',
      { cookie: admin },
      { input: { apiTokenId: apiToken.id } },
    );
    expect(revoke.body.data).toMatchObject({ revokeApiToken: { __typename: 'MutationRevokeApiTokenSuccess' } });
    const after = await post('{ __typename }', { authorization: `Bearer ${token}` });
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.message).toMatch(/revoked/);
    const forged = await post('{ __typename }', { authorization: 'Bearer scr_not-a-real-token' });
    expect(forged.status).toBe(401);
  });

  it('lists tokens for administrators only, with when each was last used', async () => {
    const list = await post('{ apiTokens { name scopes lastUsedAt revokedAt createdBy { name } } }', { cookie: admin });
    const tokens = list.body.data!.apiTokens as { name: string; lastUsedAt: string | null; revokedAt: string | null }[];
    expect(tokens.find((t) => t.name === 'Journalist')?.lastUsedAt).toBeTruthy();
    expect(tokens.find((t) => t.name === 'To be revoked')?.revokedAt).toBeTruthy();
    const inspector = await api.signIn(DEMO_EMAILS.inspector);
    const refused = await post('{ apiTokens { name } }', { cookie: inspector });
    expect(refused.body.data?.apiTokens ?? null).toBeNull();
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
