// The reference report, read back out of the API by an anonymous third party: every figure computed, none typed in.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/harness.ts';

interface ReportFigures {
  criteria: { code: string; original?: number; followUp?: number; scored?: boolean }[];
  measures: {
    id: string;
    highRiskOnly?: boolean;
    followUp: { all: number | null; highRisk: number | null; count?: [number, number] };
  }[];
}
const figures = JSON.parse(
  readFileSync(
    new URL('../../../../packages/reference-data/reference/west-midlands-figures.json', import.meta.url),
    'utf8',
  ),
) as ReportFigures;

const REFERENCE_QUERY = /* GraphQL */ `
  query ReferenceReport {
    area(code: "WMPA") {
      name
      inspections(first: 10) {
        edges {
          node {
            year
            kind
            published
            criterionScores {
              code
              percentage
            }
            comparison {
              improved
              deteriorated
              unchanged
            }
          }
        }
      }
    }
  }
`;

interface Node {
  year: number;
  kind: string;
  published: boolean;
  criterionScores: { code: string; percentage: number }[];
  comparison: { improved: number; deteriorated: number; unchanged: number } | null;
}

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: true });
}, 120_000);
afterAll(() => api?.close());

describe('the West Midlands reference report through the public API', () => {
  it('answers the reference query anonymously with the report’s criterion scores and comparison', async () => {
    const res = await api.gql<{ area: { name: string; inspections: { edges: { node: Node }[] } } }>(REFERENCE_QUERY);
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.area.inspections.edges.map((e) => e.node);
    const y2004 = nodes.find((n) => n.year === 2004)!;
    const y2005 = nodes.find((n) => n.year === 2005)!;
    expect(res.data!.area.name).toBe('West Midlands Probation Area');
    expect(y2004).toMatchObject({ kind: 'FULL', published: true, comparison: null });
    expect(y2005).toMatchObject({ kind: 'FOLLOW_UP', published: true });
    const rounded = (n: Node) => Object.fromEntries(n.criterionScores.map((s) => [s.code, Math.round(s.percentage)]));
    expect(rounded(y2004)).toEqual({ B1: 48, B3: 57, C2: 54, C5: 55 });
    expect(rounded(y2005)).toEqual({ B1: 62, B3: 70, C2: 76, C5: 70 });
    expect(y2005.comparison).toMatchObject({ improved: 26, deteriorated: 6 });
  });

  it('gives every follow-up measure its numerator and denominator, matching the printed percentage', async () => {
    const res = await api.gql<{ area: { inspections: { edges: { node: { year: number; all: M[]; high: M[] } }[] } } }>(`
      query { area(code: "WMPA") { inspections(first: 10) { edges { node { year
        all: measureResults(subsample: "ALL") { key met applicable percentage }
        high: measureResults(subsample: "HIGH_RISK_OF_HARM") { key met applicable percentage }
      } } } } }`);
    expect(res.errors).toBeUndefined();
    const node = res.data!.area.inspections.edges.map((e) => e.node).find((n) => n.year === 2005)!;
    for (const measure of figures.measures) {
      const all = node.all.find((m) => m.key === measure.id)!;
      const high = node.high.find((m) => m.key === measure.id);
      expect(all.applicable, measure.id).toBeGreaterThan(0);
      expect(all.met).not.toBeNull();
      const wantAll = measure.highRiskOnly ? measure.followUp.highRisk : measure.followUp.all;
      if (wantAll !== null) expect(Math.round(all.percentage!), measure.id).toBe(wantAll);
      // A high-risk-only measure's population is the subsample itself: it has its whole-sample figure only.
      if (measure.followUp.highRisk !== null && !measure.highRiskOnly)
        expect(Math.round(high!.percentage!), `${measure.id} high risk`).toBe(measure.followUp.highRisk);
      if (measure.followUp.count) expect([all.met, all.applicable]).toEqual(measure.followUp.count);
    }
  });

  it('names which changes are significant, with the correction used', async () => {
    const res = await api.gql<{
      area: {
        inspections: {
          edges: {
            node: {
              year: number;
              comparison: {
                correction: string;
                summary: string;
                figures: { key: string; pValue: number | null }[];
              } | null;
            };
          }[];
        };
      };
    }>(`
      query { area(code: "WMPA") { inspections(first: 10) { edges { node { year
        comparison(correction: BENJAMINI_HOCHBERG) { correction summary figures { key subsample pValue } }
      } } } } }`);
    const comparison = res.data!.area.inspections.edges.map((e) => e.node).find((n) => n.year === 2005)!.comparison!;
    expect(comparison.correction).toBe('BENJAMINI_HOCHBERG');
    expect(comparison.summary).toMatch(/improvement against 26 of 32/);
    // Only the risk management plan measure has counts in both years (9/23 and 10/23): only it gets a p-value.
    expect(comparison.figures.filter((f) => f.pValue !== null).map((f) => f.key)).toEqual(['B1.rmp-quality-timely']);
  });
});

interface M {
  key: string;
  met: number | null;
  applicable: number | null;
  percentage: number | null;
}
