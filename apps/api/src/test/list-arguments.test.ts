// Lists sent as arguments are work the document's own cost does not show: each has a hard maximum and counts
// towards the cost by its length, literal or through a variable, and a flood of oversized lists is refused before
// it can hold up the process (/healthz keeps answering).
import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../env.ts';
import { listen } from '../server.ts';
import { startApiProcess } from '../testing/api-process.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let running: { url: string; close(): Promise<void> };
let publishedId: string;

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  running = await listen(api.app, { ...readConfig({ PORT: '0' }), secureCookies: false });
  const res = await api.gql<{ inspections: { edges: { node: { id: string } }[] } }>(
    '{ inspections(first: 1, publishedOnly: true) { edges { node { id } } } }',
  );
  publishedId = res.data!.inspections.edges[0]!.node.id;
}, 240_000);

afterAll(async () => {
  await running?.close();
});

interface Answer {
  status: number;
  data?: { nodes?: ({ id: string } | null)[] } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(body: string): Promise<Answer> {
  const response = await fetch(`${running.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body,
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}

/** POSTs a prepared body with node:http: the least work on this side, so the figures are the server's. */
function sendRaw(url: string, body: Uint8Array): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const NODES = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }';
const ids = (count: number) => Array.from({ length: count }, () => publishedId);

describe('issue 14 finding 7: list arguments have a maximum and count towards the cost', () => {
  it('100,000 ids in a variable are refused quickly, unparsed, with REQUEST_TOO_LARGE', async () => {
    const started = performance.now();
    const refused = await post(JSON.stringify({ query: NODES, variables: { ids: ids(100_000) } }));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(refused.status).toBe(413);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('REQUEST_TOO_LARGE');
    expect(refused.errors?.[0]?.message).toMatch(/more than 10000 values/);
  });

  it('5,000 ids in a variable are refused with LIST_LIMIT, naming the argument and its maximum', async () => {
    const refused = await post(JSON.stringify({ query: NODES, variables: { ids: ids(5000) } }));
    expect(refused.status).toBe(400);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('LIST_LIMIT');
    expect(refused.errors?.[0]?.message).toMatch(
      /^Query[.]nodes[.]ids takes at most 100 items; this request sends 5000/,
    );
  });

  it('a literal list over the maximum is refused too; 100 ids are answered', async () => {
    const literal = ids(101)
      .map((id) => JSON.stringify(id))
      .join(', ');
    const refused = await post(JSON.stringify({ query: `{ nodes(ids: [${literal}]) { id } }` }));
    expect(refused.errors?.[0]?.extensions?.code).toBe('LIST_LIMIT');
    const answered = await post(JSON.stringify({ query: NODES, variables: { ids: ids(100) } }));
    expect(answered.errors).toBeUndefined();
    expect(answered.data?.nodes).toHaveLength(100);
  });

  it('a list inside an input object has its maximum too', async () => {
    const refused = await post(
      JSON.stringify({
        query:
          'mutation ($input: MutationFollowUpRecommendationInput!) { followUpRecommendation(input: $input) { __typename } }',
        variables: { input: { recommendationIds: ids(5000) } },
      }),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('LIST_LIMIT');
    expect(refused.errors?.[0]?.message).toMatch(
      /^MutationFollowUpRecommendationInput\.recommendationIds takes at most/,
    );
  });

  it("each id repeats the field's selection in the cost: an anonymous caller's 100 ids with a large selection", async () => {
    const selection =
      '... on Inspection { id year title kind published area { name code } baseline { id year title area { name code } } ' +
      'earlier: baseline { id year title area { name code } } }';
    const query = `query ($ids: [ID!]!) { nodes(ids: $ids) { ${selection} } }`;
    const one = await post(JSON.stringify({ query, variables: { ids: ids(1) } }));
    expect(one.errors).toBeUndefined();
    const hundred = await post(JSON.stringify({ query, variables: { ids: ids(100) } }));
    expect(hundred.errors?.[0]?.extensions?.code).toBe('COST_LIMIT');
    expect(hundred.errors?.[0]?.message).toMatch(/over the limit of 3000 for anonymous callers/);
  });

  it('/healthz answers within 100 ms while requests with 100,000 ids keep arriving', async () => {
    // The server in its own process, as in production, so that the senders' work here is not counted against it.
    const dataDir = await mkdtemp(join(tmpdir(), 'scrutiny-lists-'));
    const server = await startApiProcess({
      PATH: process.env.PATH,
      SCRUTINY_DATA_DIR: dataDir,
      SCRUTINY_LOG_LEVEL: 'silent',
    });
    try {
      const body = new TextEncoder().encode(JSON.stringify({ query: NODES, variables: { ids: ids(100_000) } }));
      let sending = true;
      const codes: string[] = [];
      const senders = Array.from({ length: 2 }, async () => {
        // A bounded loop: at most 15 requests each, and no more once the health checks are done.
        for (let i = 0; i < 15 && sending; i++) {
          const answer = (await sendRaw(`${server.url}/graphql`, body)) as Omit<Answer, 'status'>;
          codes.push(answer.errors?.[0]?.extensions?.code ?? 'none');
        }
      });
      const waits: number[] = [];
      for (let i = 0; i < 20; i++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        const started = performance.now();
        const health = await fetch(`${server.url}/healthz`);
        waits.push(performance.now() - started);
        expect(health.status).toBe(200);
      }
      sending = false;
      await Promise.all(senders);
      expect(codes.length).toBeGreaterThan(5);
      expect(new Set(codes)).toEqual(new Set(['REQUEST_TOO_LARGE']));
      // Before the fix each of these requests took seconds of CPU and /healthz waited as long. The median is held to
      // 100 ms and every wait to 1 s: on the shared 2-core test machines other processes (not this server) can hold
      // a single check up beyond 100 ms.
      const sorted = [...waits].sort((a, b) => a - b);
      const figures = waits.map(Math.round).join(' ');
      expect(sorted[Math.floor(sorted.length / 2)], figures).toBeLessThan(100);
      expect(sorted.at(-1), figures).toBeLessThan(1000);
    } finally {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});
