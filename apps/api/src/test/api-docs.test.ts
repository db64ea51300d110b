// docs/API.md's examples, run verbatim through the real listener as an anonymous caller with the default limits:
// each must answer without errors and within the anonymous cost limit, so the documentation stays true.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentCost } from '../armor/cost-tiers.ts';
import { readConfig } from '../env.ts';
import { listen } from '../server.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';
import { openInspectionWithAssignedFile } from '../testing/live-fixture.ts';

const docs = readFileSync(fileURLToPath(new URL('../../../../docs/API.md', import.meta.url)), 'utf8');
const examples = [...docs.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
const shellLines = [...docs.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((match) =>
  match[1]!
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .filter((line) => line.trim() !== ''),
);
const jsonAnswers = [...docs.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1]!) as unknown);
const schema = buildSchema(readFileSync(fileURLToPath(new URL('../../schema.graphql', import.meta.url)), 'utf8'));
const operation = (text: string) =>
  parse(text).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;

let api: TestApi;
let running: { url: string; close(): Promise<void> };

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  running = await listen(api.app, { ...readConfig({ PORT: '0' }), secureCookies: false });
}, 240_000);
afterAll(async () => {
  await running?.close();
});

type Body = { data?: Record<string, unknown> | null; errors?: { message: string }[] };
async function post(query: string, variables?: Record<string, unknown>): Promise<Body> {
  const response = await fetch(`${running.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Body;
}

/** Reads a documented curl line (-N, -s, -H, -d, -o, a URL) as the request it makes, on the running server. */
function curl(line: string): { url: string; init: RequestInit; stream: boolean } {
  const words = [...line.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]!);
  expect(words[0]).toBe('curl');
  const headers: Record<string, string> = {};
  let url = '';
  let body: string | undefined;
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (word === '-H') {
      const [name, ...value] = words[++i]!.split(':');
      headers[name!.trim()] = value.join(':').trim();
    } else if (word === '-d') body = words[++i];
    else if (word === '-o') i++;
    else if (word === '-N' || word === '-s') continue;
    else if (/^https?:/.test(word)) url = word.replace('http://127.0.0.1:4000', running.url);
    else throw new Error(`docs/API.md: curl option ${word} is not understood by this test`);
  }
  return {
    url,
    init: body === undefined ? { headers } : { method: 'POST', headers, body },
    stream: headers.accept === 'text/event-stream',
  };
}

describe('docs/API.md', () => {
  it('has examples of queries and of a subscription', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    expect(examples.some((text) => operation(text).operation === 'subscription')).toBe(true);
  });

  it.each(examples.map((text) => [operation(text).name?.value ?? 'anonymous', text] as const))(
    '%s is valid and within the anonymous cost limit',
    (_name, text) => {
      expect(validate(schema, parse(text))).toEqual([]);
      expect(documentCost(schema, parse(text))).toBeLessThanOrEqual(readConfig({}).costLimits.anonymous);
    },
  );

  it.each(
    examples
      .filter((text) => operation(text).operation === 'query')
      .map((text) => [operation(text).name?.value ?? 'anonymous', text] as const),
  )('%s answers an anonymous caller with figures', async (_name, text) => {
    const body = await post(text);
    expect(body.errors).toBeUndefined();
    expect(JSON.stringify(body.data)).toMatch(/"(percentage|changePoints)":-?\d|"url":"\/(exports|open-data)\//);
  });

  it('wrong example: PublishedFiguresForAYear returns criterion scores and measure results for the whole sample and the high-risk subsample, as its text says', async () => {
    const text = examples.find((e) => operation(e).name?.value === 'PublishedFiguresForAYear')!;
    type Figure = { subsample: string; percentage: number | null; code?: string; criterion?: string };
    const body = await post(text, { after: null });
    expect(body.errors).toBeUndefined();
    const nodes = (
      body.data as unknown as { inspections: { edges: { node: Record<string, unknown> }[] } }
    ).inspections.edges.map((e) => e.node);
    const wmpa = nodes.find((n) => (n.area as { code: string }).code === 'WMPA')!;
    const figures = Object.values(wmpa)
      .filter((v): v is Figure[] => Array.isArray(v) && v.some((f) => typeof f === 'object' && f && 'subsample' in f))
      .flat()
      .filter((f) => f.percentage !== null);
    const subsamplesOf = (list: Figure[]) => [...new Set(list.map((f) => f.subsample))].sort();
    expect(subsamplesOf(figures.filter((f) => f.code !== undefined))).toEqual(['ALL', 'HIGH_RISK_OF_HARM']);
    expect(subsamplesOf(figures.filter((f) => f.criterion !== undefined))).toEqual(['ALL', 'HIGH_RISK_OF_HARM']);
  });

  it('Publications (the subscription) tells of an inspection as it is published', async () => {
    const text = examples.find((e) => operation(e).name?.value === 'Publications')!;
    const controller = new AbortController();
    const response = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: text }),
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const { inspectionId, chief } = await openInspectionWithAssignedFile(api);
    for (const to of ['VALIDATION', 'DRAFTING', 'FACTUAL_ACCURACY_CHECK', 'SIGNED_OFF'])
      await api.gql(
        'mutation ($input: MutationMoveInspectionInput!) { moveInspection(input: $input) { __typename } }',
        { input: { inspectionId, to } },
        chief,
      );
    const published = await api.gql<{ publishInspection: { __typename: string } }>(
      'mutation ($input: MutationPublishInspectionInput!) { publishInspection(input: $input) { __typename } }',
      { input: { inspectionId } },
      chief,
    );
    expect(published.data!.publishInspection.__typename).toBe('MutationPublishInspectionSuccess');
    let received = '';
    while (!/^data: .*inspectionPublished/m.test(received)) {
      const { value, done } = await reader.read();
      if (done) break;
      received += value;
    }
    controller.abort();
    const event = JSON.parse(/^data: (.*inspectionPublished.*)$/m.exec(received)![1]!) as Body;
    expect(event.errors).toBeUndefined();
    expect(event.data).toMatchObject({ inspectionPublished: { id: inspectionId } });
  });

  it('runs every curl line as written, against the demo address', async () => {
    expect(shellLines.length).toBeGreaterThanOrEqual(3);
    for (const line of shellLines) {
      const request = curl(line);
      const controller = new AbortController();
      const response = await fetch(request.url, { ...request.init, signal: controller.signal });
      expect(response.status, line).toBe(200);
      if (request.stream) {
        expect(response.headers.get('content-type'), line).toMatch(/text\/event-stream/);
        controller.abort();
      } else {
        expect((await response.arrayBuffer()).byteLength, line).toBeGreaterThan(0);
      }
    }
  });

  it('shows an answer with the same extensions a real answer has', async () => {
    expect(jsonAnswers).toHaveLength(1);
    const documented = jsonAnswers[0] as { extensions: Record<string, Record<string, unknown>> };
    const body = (await post('{ areas { code } }')) as Body & { extensions: Record<string, Record<string, unknown>> };
    for (const [name, value] of Object.entries(documented.extensions))
      expect(Object.keys(body.extensions[name]!).sort(), name).toEqual(Object.keys(value).sort());
    expect(body.extensions.cost).toEqual(documented.extensions.cost);
  });

  it('pages through every published figure of a year by endCursor', async () => {
    const text = examples.find((e) => operation(e).name?.value === 'PublishedFiguresForAYear')!;
    type Page = {
      inspections: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { year: number; area: { code: string }; criterionScores: unknown[] } }[];
      };
    };
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const body = await post(text, { after });
      expect(body.errors).toBeUndefined();
      const { inspections } = body.data as unknown as Page;
      for (const { node } of inspections.edges) {
        expect(node.year).toBe(2005);
        expect(node.criterionScores.length).toBeGreaterThan(0);
        seen.push(node.area.code);
      }
      if (!inspections.pageInfo.hasNextPage) break;
      after = inspections.pageInfo.endCursor;
    }
    expect(seen).toContain('WMPA');
    expect(new Set(seen).size).toBe(seen.length);
  });
});
