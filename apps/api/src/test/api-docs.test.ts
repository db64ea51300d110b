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

const docs = readFileSync(fileURLToPath(new URL('../../../../docs/API.md', import.meta.url)), 'utf8');
const examples = [...docs.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
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
    expect(JSON.stringify(body.data)).toMatch(/"(percentage|changePoints)":-?\d|"url":"\/exports\//);
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
