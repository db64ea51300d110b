// Every refusal of a document carries a stable extensions.code (docs/API.md lists them), so a client can tell a
// limit from a mistake without reading the message; and a scanner's pile of unknown directives gets one answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../env.ts';
import { listen } from '../server.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let running: { url: string; close(): Promise<void> };

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  running = await listen(api.app, { ...readConfig({ PORT: '0' }), secureCookies: false });
}, 240_000);

afterAll(async () => {
  await running?.close();
});

interface Refusal {
  status: number;
  errors: { message: string; extensions?: { code?: string } }[];
}

async function send(query: string, headers: Record<string, string> = {}): Promise<Refusal> {
  const response = await fetch(`${running.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: Refusal['errors'] };
  return { status: response.status, errors: body.errors ?? [] };
}

const repeat = (count: number, make: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => make(i)).join(' ');

function nested(levels: number): string {
  let selection = 'id';
  for (let i = 0; i < levels; i++) selection = `inspections(first: 1) { edges { node { area { ${selection} } } } }`;
  return `{ areas { ${selection} } }`;
}

describe('issue 14 finding 12: every refusal has its code', () => {
  it.each([
    { what: 'depth', query: nested(4), code: 'DEPTH_LIMIT', message: /deeper|depth/i },
    {
      what: 'aliases',
      query: `{ ${repeat(101, (i) => `a${i}: __typename`)} }`,
      code: 'ALIAS_LIMIT',
      message: /alias/i,
    },
    {
      what: 'directives',
      query: `{ __typename ${repeat(11, () => '@include(if: true)')} }`,
      code: 'DIRECTIVE_LIMIT',
      message: /directives/i,
    },
    { what: 'tokens', query: `{ ${'__typename '.repeat(200_000)} }`, code: 'TOKEN_LIMIT', message: /token/i },
    {
      what: 'cost',
      query:
        '{ a: areas { inspections(first: 100) { edges { node { area { inspections(first: 100) { edges { node { id year title } } } } } } } } }',
      code: 'COST_LIMIT',
      message: /cost/i,
    },
  ])('$what: refused with HTTP 400 and one error, code $code', async ({ query, code, message }) => {
    const refused = await send(query);
    expect(refused.status).toBe(400);
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors[0]?.extensions?.code).toBe(code);
    expect(refused.errors[0]?.message).toMatch(message);
    expect(refused.errors[0]?.message).not.toMatch(/Syntax Error/);
  });

  it("an anonymous caller's document over the anonymous cost limit: COST_LIMIT", async () => {
    const refused = await send(
      '{ areas { inspections(first: 100) { edges { node { id year title kind published area { name code } baseline { id year title } } } } } }',
    );
    expect(refused.status).toBe(400);
    expect(refused.errors[0]?.extensions?.code).toBe('COST_LIMIT');
    expect(refused.errors[0]?.message).toMatch(/^This document costs \d+, over the limit of 3000/);
  });

  it('a document that needs too much work to validate: a code, not a bare "Validation aborted."', async () => {
    const refused = await send(`{ ${repeat(3000, () => '__typename')} }`);
    expect(refused.status).toBe(400);
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors[0]?.extensions?.code).toBe('VALIDATION_LIMIT');
  });

  it('ten unknown directives: only the first is reported', async () => {
    const refused = await send(`{ __typename ${repeat(10, (i) => `@unknown${i}`)} }`);
    expect(refused.status).toBe(400);
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors[0]).toMatchObject({
      message: 'Unknown directive "@unknown0".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const repeated = await send(`{ __typename ${repeat(5, () => '@skip(if: false)')} }`);
    expect(repeated.errors).toHaveLength(1);
    expect(repeated.errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
