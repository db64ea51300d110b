// What GraphQL scanners send, through the real listener: every attack is refused before any resolver runs, with a
// GraphQL error (never a crash), in little CPU time; the limits that make it so are in yoga.ts and armor/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../env.ts';
import { MAX_REQUEST_BYTES } from '../http/request-size.ts';
import { listen } from '../server.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';

const CPU_BUDGET_MS = 50;

let api: TestApi;
let running: { url: string; close(): Promise<void> };
let endpoint: string;

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  running = await listen(api.app, { ...readConfig({ PORT: '0' }), secureCookies: false });
  endpoint = `${running.url}/graphql`;
}, 240_000);

afterAll(async () => {
  await running?.close();
});

interface Sent {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  cpuMs: number;
}

async function post(body: string, headers: Record<string, string> = {}): Promise<Sent> {
  const before = process.cpuUsage();
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body,
  });
  const text = await response.text();
  const used = process.cpuUsage(before);
  let parsed: Sent['body'];
  try {
    parsed = JSON.parse(text) as Sent['body'];
  } catch {
    parsed = null;
  }
  return { status: response.status, body: parsed, cpuMs: (used.user + used.system) / 1000 };
}

const query = (document: string, headers?: Record<string, string>) =>
  post(JSON.stringify({ query: document }), headers);

/**
 * The least CPU time of five tries: what else the process or the machine does (a garbage collection, other test
 * files on the same cores) only ever adds to a try, so the least is the nearest to what the refusal itself costs.
 */
async function refusedCheaply(send: () => Promise<Sent>): Promise<Sent> {
  const tries: Sent[] = [];
  for (let i = 0; i < 5; i++) tries.push(await send());
  for (const sent of tries) {
    expect(sent.body?.errors?.length ?? 0).toBeGreaterThan(0);
    expect(sent.body?.data ?? null).toBeNull();
    expect(sent.status).toBeLessThan(500);
  }
  const least = Math.min(...tries.map((t) => t.cpuMs));
  expect(least).toBeLessThan(CPU_BUDGET_MS);
  return tries[0]!;
}

const repeat = (count: number, make: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => make(i)).join(' ');

describe('documents a scanner sends are refused within 50 ms of CPU', () => {
  it('101 aliases', async () => {
    const sent = await refusedCheaply(() => query(`{ ${repeat(101, (i) => `a${i}: __typename`)} }`));
    expect(sent.body?.errors?.[0]?.message).toMatch(/aliases/i);
  });

  it('500 copies of one field', async () => {
    const sent = await refusedCheaply(() => query(`{ areas { ${repeat(500, () => 'name')} } }`));
    expect(sent.body?.errors?.[0]?.message).toMatch(/selected more than/);
  });

  it('circular fragments', async () => {
    await refusedCheaply(() =>
      query('query { ...A } fragment A on Query { areas { name } ...B } fragment B on Query { ...A }'),
    );
  });

  it('fanned-out fragments (each level spreads the one below ten times)', async () => {
    const levels = 8;
    const fragments = [
      'fragment F0 on Area { name code inspections(first: 50) { edges { node { id year } } } }',
      ...Array.from({ length: levels }, (_, i) => `fragment F${i + 1} on Area { ${repeat(10, () => `...F${i}`)} }`),
    ];
    await refusedCheaply(() => query(`{ areas { ...F${levels} } } ${fragments.join(' ')}`));
  });

  it('ten unknown directives on one field', async () => {
    await refusedCheaply(() => query(`{ __typename ${repeat(10, (i) => `@unknown${i}`)} }`));
  });

  it('a query nested deeper than any client needs', async () => {
    let selection = 'id';
    for (let i = 0; i < 20; i++) selection = `inspections(first: 1) { edges { node { area { ${selection} } } } }`;
    await refusedCheaply(() => query(`{ areas { ${selection} } }`));
  });

  it('a huge document of 200,000 tokens', async () => {
    const sent = await refusedCheaply(() => query(`{ ${'__typename '.repeat(200_000)} }`));
    expect(sent.body?.errors?.[0]?.message).toMatch(/token/i);
  });

  it('a body larger than the server accepts, before it is read', async () => {
    const sent = await post(JSON.stringify({ query: `{ __typename } #${'x'.repeat(MAX_REQUEST_BYTES)}` }));
    expect(sent.status).toBe(413);
    expect(sent.body?.errors?.[0]?.extensions?.code).toBe('REQUEST_TOO_LARGE');
  });

  it('a batch of more operations than the limit', async () => {
    const batch = JSON.stringify(Array.from({ length: 6 }, () => ({ query: '{ __typename }' })));
    const refused = await post(batch);
    expect(refused.status).toBeGreaterThanOrEqual(400);
    const allowed = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(allowed.status).toBe(200);
  });
});

describe('what anonymous callers may not learn or do', () => {
  const INTROSPECTION = '{ __schema { queryType { name } types { name } } }';

  it('no introspection without signing in; signed-in users may introspect', async () => {
    const sent = await refusedCheaply(() => query(INTROSPECTION));
    expect(sent.body?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const typeQuery = await query('{ __type(name: "Inspection") { name } }');
    expect(typeQuery.body?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const forged = await query(INTROSPECTION, { cookie: 'scrutiny_session=forged' });
    expect(forged.body?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const cookie = await api.signIn('john.hutchings@hmiprobation.example');
    const signedIn = await query(INTROSPECTION, { cookie });
    expect(signedIn.body?.errors).toBeUndefined();
    expect(signedIn.body?.data).toMatchObject({ __schema: { queryType: { name: 'Query' } } });
  });

  it('no field suggestions in errors', async () => {
    const sent = await query('{ areaz { name } }');
    expect(sent.status).toBe(400);
    expect(JSON.stringify(sent.body)).not.toMatch(/did you mean/i);
  });

  it('no mutation over GET, and no GET or form post without the CSRF header', async () => {
    const signOut = encodeURIComponent('mutation { signOut }');
    const withHeader = await fetch(`${endpoint}?query=${signOut}`, { headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(withHeader.status).toBe(405);
    const withoutHeader = await fetch(`${endpoint}?query=${encodeURIComponent('{ __typename }')}`);
    expect(withoutHeader.status).toBe(403);
    const form = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${signOut}`,
    });
    expect(form.status).toBe(403);
  });
});
