// The national picture through real HTTP: every area's latest published scores and each criterion across the areas,
// for anyone, from published inspections only, in a constant number of SQL statements.
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;

interface Score {
  code: string;
  percentage: number | null;
  met: number | null;
  applicable: number | null;
}
interface Picture {
  nationalPicture: {
    frameworkKey: string;
    subsample: string;
    areas: {
      area: { code: string };
      inspection: { year: number; title: string; published: boolean } | null;
      criterionScores: Score[];
    }[];
    criteria: {
      code: string;
      title: string;
      areas: number;
      median: number | null;
      lowest: number | null;
      highest: number | null;
      pooledMet: number | null;
      pooledApplicable: number | null;
      pooledPercentage: number | null;
      standing: { position: number; of: number } | null;
    }[];
  };
}

const PICTURE = `query ($subsample: String) { nationalPicture(frameworkKey: "esi", subsample: $subsample) {
  frameworkKey subsample
  areas { area { code } inspection { year title published } criterionScores { code percentage met applicable } }
  criteria { code title areas median lowest highest pooledMet pooledApplicable pooledPercentage
    standing(areaCode: "WMPA") { position of } } } }`;

async function picture(subsample = 'ALL', who: string | null = null): Promise<Picture['nationalPicture']> {
  const res = await api.gql<Picture>(PICTURE, { subsample }, who);
  expect(res.errors).toBeUndefined();
  return res.data!.nationalPicture;
}

beforeAll(async () => {
  api = await startTestApi({ seed: true });
}, 120_000);
afterAll(() => api?.close());

describe('the national picture', () => {
  it("gives every area's latest published inspection, to an anonymous caller", async () => {
    const national = await picture();
    expect(national.areas.map((a) => a.area.code).sort()).toEqual(['GMPA-DEMO', 'MERPA-DEMO', 'WMPA', 'WYPA-DEMO']);
    const westMidlands = national.areas.find((a) => a.area.code === 'WMPA')!;
    // The 2006 follow-up is in fieldwork: the latest published is the 2005 follow-up.
    expect(westMidlands.inspection).toMatchObject({ year: 2005, published: true });
    const b1 = westMidlands.criterionScores.find((s) => s.code === 'B1')!;
    expect(b1).toMatchObject({ met: 24, applicable: 39 });
    expect(national.criteria.map((c) => c.code)).toEqual(['B1', 'B3', 'C2', 'C5']);
  });

  it("sums up each criterion from the areas' scores: median, range, pooled cases and the area's standing", async () => {
    const national = await picture();
    for (const criterion of national.criteria) {
      const scores = national.areas
        .map((a) => a.criterionScores.find((s) => s.code === criterion.code))
        .filter((s): s is Score => s?.percentage != null);
      const percentages = scores.map((s) => s.percentage!).sort((a, b) => a - b);
      expect(criterion.areas).toBe(4);
      expect(criterion.lowest).toBe(percentages[0]);
      expect(criterion.highest).toBe(percentages[3]);
      expect(criterion.median).toBeCloseTo((percentages[1]! + percentages[2]!) / 2, 10);
      expect(criterion.pooledMet).toBe(scores.reduce((sum, s) => sum + s.met!, 0));
      expect(criterion.pooledApplicable).toBe(scores.reduce((sum, s) => sum + s.applicable!, 0));
      const wm = national.areas
        .find((a) => a.area.code === 'WMPA')!
        .criterionScores.find((s) => s.code === criterion.code)!;
      const above = scores.filter((s) => Math.round(s.percentage!) > Math.round(wm.percentage!)).length;
      expect(criterion.standing).toEqual({ position: above + 1, of: 4 });
    }
  });

  it('reads the high risk of harm subsample when asked', async () => {
    const national = await picture('HIGH_RISK_OF_HARM');
    expect(national.subsample).toBe('HIGH_RISK_OF_HARM');
    const wm = national.areas.find((a) => a.area.code === 'WMPA')!;
    const all = (await picture()).areas.find((a) => a.area.code === 'WMPA')!;
    expect(wm.criterionScores.find((s) => s.code === 'B1')!.applicable).toBeLessThan(
      all.criterionScores.find((s) => s.code === 'B1')!.applicable!,
    );
  });

  it("shows a board member nothing of an unpublished inspection, not even their own area's", async () => {
    const board = await api.signIn(DEMO_EMAILS.westMidlandsBoardMember);
    const national = await picture('ALL', board);
    expect(national.areas.find((a) => a.area.code === 'WMPA')!.inspection?.year).toBe(2005);
  });

  it('says nothing for a framework with no published inspection, and refuses a framework that is not there', async () => {
    const unknown = await api.gql<Picture>(
      `{ nationalPicture(frameworkKey: "no-such-framework") { criteria { code } } }`,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
    const res = await api.gql<Picture>(
      `{ nationalPicture(frameworkKey: "standards-case-supervision") { areas { inspection { id } criterionScores { code } } criteria { code } } }`,
    );
    expect(res.data!.nationalPicture.criteria).toEqual([]);
    expect(res.data!.nationalPicture.areas.every((a) => a.inspection === null && a.criterionScores.length === 0)).toBe(
      true,
    );
  });

  it('takes one SQL query per level, whatever the number of areas', async () => {
    await picture();
    const { statements } = await api.countQueries(() => picture());
    // The framework's existence (an unknown key is refused), then areas, their latest published inspections with the
    // frozen criterion scores, and those inspections: a fixed number, whatever the number of areas.
    expect(statements).toBeLessThanOrEqual(4);
  });
});
