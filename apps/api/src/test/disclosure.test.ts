// Statistical disclosure control in public outputs: a figure over 1 to 4 cases is withheld from anonymous readers
// (and so from the published exports, which read as one), while the area's board and the inspectorate see it.
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let followUpId: string;

interface Measure {
  key: string;
  met: number | null;
  applicable: number | null;
  percentage: number | null;
  interval: { low: number; high: number } | null;
  notApplicable: number | null;
  smallDenominator: boolean;
  suppressed: boolean;
}
interface Result {
  inspection: {
    measureResults: Measure[];
    comparison: { compared: number; figures: { key: string; kind: string }[] };
  } | null;
}

const QUERY = /* GraphQL */ `
  query ($id: ID!) {
    inspection(id: $id) {
      measureResults {
        key
        met
        applicable
        percentage
        interval {
          low
          high
        }
        notApplicable
        smallDenominator
        suppressed
      }
      comparison(correction: NONE) {
        compared
        figures {
          key
          kind
        }
      }
    }
  }
`;

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  // Two published historic inspections of a demo area, recorded from their reports: the follow-up's reassessment
  // after a significant incident rests on 3 cases.
  const prisma = api.app.db.prisma;
  const area = await prisma.area.findUniqueOrThrow({ where: { code: 'GMPA-DEMO' } });
  const framework = await prisma.framework.findFirstOrThrow({ where: { key: 'esi' } });
  const base = {
    areaId: area.id,
    frameworkId: framework.id,
    evidence: 'RECORDED_FIGURES',
    status: 'PUBLISHED',
  } as const;
  const original = await prisma.inspection.create({
    data: { ...base, kind: 'FULL', year: 2001, title: 'Disclosure fixture 2001', publishedAt: new Date('2001-09-01') },
  });
  const followUp = await prisma.inspection.create({
    data: {
      ...base,
      kind: 'FOLLOW_UP',
      year: 2002,
      title: 'Disclosure fixture 2002',
      publishedAt: new Date('2002-09-01'),
      baselineId: original.id,
    },
  });
  const measure = (inspectionId: string, key: string, met: number, applicable: number) => ({
    inspectionId,
    kind: 'MEASURE' as const,
    key,
    met,
    applicable,
    percentage: (met / applicable) * 100,
  });
  await prisma.recordedResult.createMany({
    data: [
      measure(original.id, 'B1.review-after-incident', 1, 4),
      measure(original.id, 'B1.review-16-weeks', 3, 10),
      measure(original.id, 'B1.initial-assessment-done', 30, 40),
      measure(followUp.id, 'B1.review-after-incident', 2, 3),
      measure(followUp.id, 'B1.review-16-weeks', 6, 9),
      measure(followUp.id, 'B1.initial-assessment-done', 38, 40),
    ],
  });
  followUpId = Buffer.from(`Inspection:${followUp.id}`).toString('base64');
}, 240_000);
afterAll(() => api?.close());

async function read(as: string | null): Promise<NonNullable<Result['inspection']>> {
  const response = await api.gql<Result>(QUERY, { id: followUpId }, as);
  expect(response.errors).toBeUndefined();
  return response.data!.inspection!;
}

const byKey = (measures: Measure[], key: string) => measures.find((m) => m.key === key)!;

describe('figures over fewer than 5 cases in public outputs', () => {
  it('withholds from an anonymous reader the figure over 3 cases, its interval and its not-applicable count', async () => {
    const inspection = await read(null);
    expect(byKey(inspection.measureResults, 'B1.review-after-incident')).toEqual({
      key: 'B1.review-after-incident',
      met: null,
      applicable: null,
      percentage: null,
      interval: null,
      notApplicable: null,
      smallDenominator: true,
      suppressed: true,
    });
    expect(byKey(inspection.measureResults, 'B1.review-16-weeks')).toMatchObject({
      met: 6,
      applicable: 9,
      suppressed: false,
    });
  });

  it('does not compare a withheld figure in public, so no change reveals it', async () => {
    const inspection = await read(null);
    expect(inspection.comparison.figures.map((f) => f.key).sort()).toEqual([
      'B1.initial-assessment-done',
      'B1.review-16-weeks',
    ]);
    expect(inspection.comparison.compared).toBe(2);
  });

  it('shows the area’s own board member and the chief inspector every figure, flagged as a small number', async () => {
    for (const email of [DEMO_EMAILS.greaterManchesterBoardMember, DEMO_EMAILS.assistantChiefInspector]) {
      const inspection = await read(await api.signIn(email));
      expect(byKey(inspection.measureResults, 'B1.review-after-incident'), email).toMatchObject({
        met: 2,
        applicable: 3,
        smallDenominator: true,
        suppressed: false,
      });
      expect(inspection.comparison.compared, email).toBe(3);
    }
  });

  it('reads another area’s board member as the public', async () => {
    const inspection = await read(await api.signIn(DEMO_EMAILS.westMidlandsBoardMember));
    expect(byKey(inspection.measureResults, 'B1.review-after-incident').suppressed).toBe(true);
  });

  it('leaves every West Midlands 2005 figure as the report states it (its smallest denominator is 6)', async () => {
    const response = await api.gql<{
      area: {
        inspections: {
          edges: {
            node: {
              year: number;
              criterionScores: { suppressed: boolean }[];
              measureResults: { suppressed: boolean; applicable: number | null }[];
              highRisk: { suppressed: boolean; applicable: number | null }[];
              comparison: { summary: string } | null;
            };
          }[];
        };
      };
    }>(`{ area(code: "WMPA") { inspections(first: 10) { edges { node { year
      criterionScores { suppressed } measureResults { suppressed applicable }
      highRisk: measureResults(subsample: "HIGH_RISK_OF_HARM") { suppressed applicable }
      comparison { summary } } } } } }`);
    const wm2005 = response.data!.area.inspections.edges.map((e) => e.node).find((n) => n.year === 2005)!;
    const all = [...wm2005.criterionScores, ...wm2005.measureResults, ...wm2005.highRisk];
    expect(all.filter((f) => f.suppressed)).toEqual([]);
    expect(Math.min(...[...wm2005.measureResults, ...wm2005.highRisk].map((m) => m.applicable ?? 99))).toBe(6);
    expect(wm2005.comparison?.summary).toBe('improvement against 26 of 32 figures');
  });
});
