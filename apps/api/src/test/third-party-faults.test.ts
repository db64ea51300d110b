// What got in a third party's way, each fault as its own check: a paging trap, silent typos, a schema that was
// hard to get, costs and limits shown only on refusal. Through the real listener, as an anonymous caller.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildClientSchema, lexicographicSortSchema, printSchema, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../env.ts';
import { listen } from '../server.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';

const printedSchema = readFileSync(fileURLToPath(new URL('../../schema.graphql', import.meta.url)), 'utf8');

let api: TestApi;
let running: { url: string; close(): Promise<void> };

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  running = await listen(api.app, { ...readConfig({ PORT: '0' }), secureCookies: false });
}, 240_000);
afterAll(async () => {
  await running?.close();
});

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}
async function post(query: string, variables?: Record<string, unknown>): Promise<{ response: Response; body: Body }> {
  const response = await fetch(`${running.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { response, body: (await response.json()) as Body };
}

type Page = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] };

describe('paging trap', () => {
  it('first: 0 never answers hasNextPage true without a cursor to go on from', async () => {
    const { body } = await post(
      '{ inspections(publishedOnly: true, first: 0) { pageInfo { hasNextPage endCursor } edges { node { id } } } }',
    );
    expect(body.errors).toBeUndefined();
    const page = (body.data as { inspections: Page }).inspections;
    expect(page.edges).toEqual([]);
    if (page.pageInfo.hasNextPage) expect(page.pageInfo.endCursor).not.toBeNull();
    // A "while hasNextPage, go on from endCursor" loop started with first: 0 ends, and sees every inspection once.
    const seen: string[] = [];
    let after: string | null = page.pageInfo.endCursor;
    let more = page.pageInfo.hasNextPage;
    for (let round = 0; more && round < 20; round++) {
      const next = await post(
        'query ($after: String) { inspections(publishedOnly: true, first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }',
        { after },
      );
      const p = (next.body.data as { inspections: Page }).inspections;
      seen.push(...p.edges.map((e) => e.node.id));
      more = p.pageInfo.hasNextPage;
      after = p.pageInfo.endCursor;
    }
    expect(more).toBe(false);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('a page larger than the documented maximum is refused with a typed error', async () => {
    const { body } = await post('{ inspections(publishedOnly: true, first: 101) { edges { node { id } } } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/100/);
  });
});

describe('silent subsample typo', () => {
  it('an unknown subsample key is INVALID_INPUT naming the valid ones', async () => {
    const { body } = await post(
      '{ inspections(publishedOnly: true, first: 1) { edges { node { criterionScores(subsample: "NOPE") { code } } } } }',
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/NOPE/);
    expect(body.errors?.[0]?.message).toMatch(/ALL/);
    expect(body.errors?.[0]?.message).toMatch(/HIGH_RISK_OF_HARM/);
  });

  it('an unknown subsample key of measureResults is refused the same way', async () => {
    const { body } = await post(
      '{ inspections(publishedOnly: true, first: 1) { edges { node { measureResults(subsample: "all") { key } } } } }',
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
  });
});

describe('silent typos in the national picture', () => {
  it('an unknown framework key or subsample of nationalPicture is INVALID_INPUT naming the valid ones', async () => {
    const framework = await post('{ nationalPicture(frameworkKey: "nope") { frameworkKey } }');
    expect(framework.body.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
    expect(framework.body.errors?.[0]?.message).toMatch(/esi/);
    const subsample = await post('{ nationalPicture(frameworkKey: "esi", subsample: "NOPE") { frameworkKey } }');
    expect(subsample.body.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
    expect(subsample.body.errors?.[0]?.message).toMatch(/HIGH_RISK_OF_HARM/);
    const fine = await post(
      '{ nationalPicture(frameworkKey: "esi", subsample: "HIGH_RISK_OF_HARM") { frameworkKey } }',
    );
    expect(fine.body.errors).toBeUndefined();
  });
});

describe('the schema for anyone', () => {
  it('/graphql/schema.graphql serves the printed schema, not the board page', async () => {
    const response = await fetch(`${running.url}/graphql/schema.graphql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toBe(printedSchema);
  });

  it('the introspection refusal says where the schema is and which token scope opens introspection', async () => {
    const { body } = await post('{ __schema { queryType { name } } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(body.errors?.[0]?.message).toMatch(/\/graphql\/schema\.graphql/);
    expect(body.errors?.[0]?.message).toMatch(/READ_SCHEMA/);
  });
});

describe('GraphiQL from our own assets', () => {
  it('GET /graphql in a browser is GraphiQL loaded from this server, with no inline script and no CDN', async () => {
    const response = await fetch(`${running.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const page = await response.text();
    const scripts = [...page.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(body!.trim()).toBe('');
      expect(attributes).toMatch(/src="\/graphql\/graphiql\/[^"]+"/);
    }
    expect(page).not.toMatch(/<style|style="|https?:\/\//);
    for (const [, src] of page.matchAll(/(?:src|href)="([^"]+)"/g)) {
      const asset = await fetch(`${running.url}${src}`);
      expect(asset.status, src).toBe(200);
      expect(asset.headers.get('content-type'), src).toMatch(/javascript|css/);
    }
    const start = await (await fetch(`${running.url}/graphql/graphiql/start.js`)).text();
    for (const [, worker] of start.matchAll(/: '([a-z]+\.worker\.js)'/g))
      expect((await fetch(`${running.url}/graphql/graphiql/${worker}`)).status, worker).toBe(200);
  });

  it('gives anonymous GraphiQL the published schema in place of the introspection it may not run', async () => {
    const response = await fetch(`${running.url}/graphql/introspection.json`);
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: IntrospectionQuery };
    expect(printSchema(lexicographicSortSchema(buildClientSchema(data)))).toBe(printedSchema.trimEnd());
  });
});

describe('costs in the open', () => {
  it('each answer carries its cost and the remaining budget, and rate-limit headers', async () => {
    const { response, body } = await post('query Areas { areas { code name } }');
    expect(body.errors).toBeUndefined();
    const { cost, rateLimit } = body.extensions as {
      cost: { requested: number; limit: number };
      rateLimit: { limit: number; remaining: number; resetAt: string };
    };
    expect(cost.requested).toBeGreaterThan(0);
    expect(cost.limit).toBe(3000);
    expect(rateLimit.limit).toBe(600);
    expect(rateLimit.remaining).toBeLessThan(600);
    expect(Date.parse(rateLimit.resetAt)).toBeGreaterThan(Date.now() - 1000);
    expect(response.headers.get('x-ratelimit-limit')).toBe('600');
    expect(Number(response.headers.get('x-ratelimit-remaining'))).toBe(rateLimit.remaining);
    expect(Number(response.headers.get('x-ratelimit-reset'))).toBeGreaterThan(0);
    const again = await post('query Areas { areas { code name } }');
    expect((again.body.extensions as { rateLimit: { remaining: number } }).rateLimit.remaining).toBe(
      rateLimit.remaining - 1,
    );
  });
});
