// A third party's program, written with an off-the-shelf GraphQL client (graphql-request) against a real listener:
// it reads published figures without an account, pages through them, and cannot reach unpublished work.
import { ClientError, GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../env.ts';
import { listen } from '../server.ts';
import { startTestApi } from '../testing/harness.ts';

let running: { url: string; close(): Promise<void> };
let client: GraphQLClient;

beforeAll(async () => {
  const api = await startTestApi({ seed: true });
  running = await listen(api.app, { ...readConfig({ PORT: '0' }), secureCookies: false });
  client = new GraphQLClient(`${running.url}/graphql`);
}, 240_000);

afterAll(async () => {
  await running?.close();
});

interface InspectionsPage {
  inspections: {
    edges: {
      cursor: string;
      node: {
        id: string;
        year: number;
        published: boolean;
        area: { code: string };
        criterionScores: { code: string; percentage: number | null }[];
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const PUBLISHED_PAGE = /* GraphQL */ `
  query PublishedFigures($after: String) {
    inspections(first: 1, after: $after, publishedOnly: true) {
      edges {
        cursor
        node {
          id
          year
          published
          area {
            code
          }
          criterionScores {
            code
            percentage
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

describe('a third-party client (graphql-request) reading the public API', () => {
  it("reads an area's latest published criterion scores", async () => {
    const data = await client.request<{
      area: {
        name: string;
        inspections: { edges: { node: { year: number; criterionScores: { code: string; percentage: number }[] } }[] };
      };
    }>(/* GraphQL */ `
      {
        area(code: "WMPA") {
          name
          inspections(first: 10) {
            edges {
              node {
                year
                criterionScores {
                  code
                  percentage
                }
              }
            }
          }
        }
      }
    `);
    const latest = data.area.inspections.edges.map((e) => e.node).sort((a, b) => b.year - a.year)[0]!;
    expect(latest.year).toBe(2005);
    // The API returns exact shares; the report prints whole percentages.
    expect(Object.fromEntries(latest.criterionScores.map((s) => [s.code, Math.round(s.percentage)]))).toMatchObject({
      B1: 62,
      B3: 70,
      C2: 76,
      C5: 70,
    });
  });

  it('pages through every published inspection one at a time and sees only published ones', async () => {
    const seen: InspectionsPage['inspections']['edges'][number]['node'][] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const data: InspectionsPage = await client.request<InspectionsPage>(PUBLISHED_PAGE, { after });
      seen.push(...data.inspections.edges.map((e) => e.node));
      if (!data.inspections.pageInfo.hasNextPage) break;
      after = data.inspections.pageInfo.endCursor;
    }
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(new Set(seen.map((n) => n.id)).size).toBe(seen.length);
    expect(seen.every((n) => n.published)).toBe(true);
    expect(seen.filter((n) => n.area.code === 'WMPA').map((n) => n.year)).toEqual(expect.arrayContaining([2004, 2005]));
  });

  it('sees no unpublished inspection and no case file without an account', async () => {
    const data = await client.request<{
      inspections: { edges: { node: { published: boolean; year: number } }[] };
      myCaseFiles: unknown[];
    }>(/* GraphQL */ `
      {
        inspections(first: 50, areaCode: "WMPA") {
          edges {
            node {
              published
              year
            }
          }
        }
        myCaseFiles {
          id
        }
      }
    `);
    // The demo data holds an unpublished 2006 inspection of West Midlands in fieldwork.
    expect(data.inspections.edges.map((e) => e.node.year)).not.toContain(2006);
    expect(data.inspections.edges.every((e) => e.node.published)).toBe(true);
    expect(data.myCaseFiles).toEqual([]);
  });

  it('gets a typed GraphQL error for a document it gets wrong', async () => {
    const attempt = client.request('{ area(code: "WMPA") { noSuchField } }');
    await expect(attempt).rejects.toBeInstanceOf(ClientError);
    await attempt.catch((error: ClientError) => {
      expect(error.response.status).toBe(400);
      expect(error.response.errors?.[0]?.message).toMatch(/noSuchField/);
    });
  });
});
