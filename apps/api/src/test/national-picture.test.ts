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
      basis: Basis | null;
    }[];
    groups: {
      heading: string;
      apartBecause: string[];
      ofAreas: number;
      basis: Basis;
      areas: { area: { code: string } }[];
      criteria: Criterion[];
    }[];
  };
}
interface Basis {
  frameworkKey: string;
  frameworkVersion: string;
  kind: string;
  questionSetKey: string;
  offenderInterviews: boolean;
  adjustedBaseline: boolean;
}
interface Criterion {
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
}

const PICTURE = `query ($subsample: String, $area: String!) { nationalPicture(frameworkKey: "esi", subsample: $subsample) {
  frameworkKey subsample
  areas { area { code } inspection { year title published } criterionScores { code percentage met applicable }
    basis { frameworkKey frameworkVersion kind questionSetKey offenderInterviews adjustedBaseline } }
  groups { heading apartBecause ofAreas areas { area { code } }
    basis { frameworkKey frameworkVersion kind questionSetKey offenderInterviews adjustedBaseline }
    criteria { code title areas median lowest highest pooledMet pooledApplicable pooledPercentage
      standing(areaCode: $area) { position of } } } } }`;

async function picture(
  subsample = 'ALL',
  who: string | null = null,
  area = 'WMPA',
): Promise<Picture['nationalPicture']> {
  const res = await api.gql<Picture>(PICTURE, { subsample, area }, who);
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
    expect(national.groups.flatMap((g) => g.criteria.map((c) => c.code))).toContain('B1');
  });

  it('never ranks the follow-up without interviews with full inspections, and says why it stands apart', async () => {
    const national = await picture();
    expect(national.groups.map((g) => g.areas.map((a) => a.area.code).sort())).toEqual([
      ['GMPA-DEMO', 'MERPA-DEMO', 'WYPA-DEMO'],
      ['WMPA'],
    ]);
    const [full, followUp] = national.groups as [
      Picture['nationalPicture']['groups'][number],
      Picture['nationalPicture']['groups'][number],
    ];
    expect(full.basis).toMatchObject({ frameworkKey: 'esi', kind: 'FULL', offenderInterviews: true });
    expect(followUp.basis).toMatchObject({ kind: 'FOLLOW_UP', offenderInterviews: false, adjustedBaseline: true });
    expect(full.basis.frameworkVersion).toBe(followUp.basis.frameworkVersion);
    expect(full.heading).toMatch(/^Full inspections on the .* offender interviews held$/);
    expect(followUp.heading).toMatch(/^Follow-up inspections on the .* no offender interviews$/);
    expect(full.apartBecause).toEqual([]);
    expect(followUp.apartBecause).toEqual([
      'it is a follow-up, narrower than a full inspection',
      'no offenders were interviewed, so its baseline’s scores were adjusted to compare with it',
    ]);
    expect(full.ofAreas).toBe(4);
    // West Midlands stands first of 1 among follow-ups, and has no standing among the full inspections.
    for (const criterion of followUp.criteria) expect(criterion.standing).toEqual({ position: 1, of: 1 });
    for (const criterion of full.criteria) expect(criterion.standing).toBeNull();
    expect(national.areas.find((a) => a.area.code === 'WMPA')!.basis).toEqual(followUp.basis);
  });

  it("sums up each criterion from the group's scores only: median, range, pooled cases and standing", async () => {
    const national = await picture('ALL', null, 'GMPA-DEMO');
    const full = national.groups[0]!;
    const members = new Set(full.areas.map((a) => a.area.code));
    expect(full.criteria.map((c) => c.code)).toEqual(['B1', 'B3', 'C2', 'C5']);
    for (const criterion of full.criteria) {
      const scores = national.areas
        .filter((a) => members.has(a.area.code))
        .map((a) => a.criterionScores.find((s) => s.code === criterion.code))
        .filter((s): s is Score => s?.percentage != null);
      const percentages = scores.map((s) => s.percentage!).sort((a, b) => a - b);
      expect(criterion.areas).toBe(3);
      expect(criterion.lowest).toBe(percentages[0]);
      expect(criterion.highest).toBe(percentages[2]);
      expect(criterion.median).toBe(percentages[1]);
      expect(criterion.pooledMet).toBe(scores.reduce((sum, s) => sum + s.met!, 0));
      expect(criterion.pooledApplicable).toBe(scores.reduce((sum, s) => sum + s.applicable!, 0));
      const own = national.areas
        .find((a) => a.area.code === 'GMPA-DEMO')!
        .criterionScores.find((s) => s.code === criterion.code)!;
      const above = scores.filter((s) => Math.round(s.percentage!) > Math.round(own.percentage!)).length;
      expect(criterion.standing).toEqual({ position: above + 1, of: 3 });
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
    const unknown = await api.gql<Picture>(`{ nationalPicture(frameworkKey: "no-such-framework") { frameworkKey } }`);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
    const res = await api.gql<Picture>(
      `{ nationalPicture(frameworkKey: "standards-case-supervision") { areas { inspection { id } criterionScores { code } } groups { heading } } }`,
    );
    expect(res.data!.nationalPicture.groups).toEqual([]);
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

  it("keeps a signed-in reader's picture until the next publication: the same figures, read without SQL", async () => {
    const chief = await api.signIn(DEMO_EMAILS.assistantChiefInspector);
    for (const subsample of ['ALL', 'HIGH_RISK_OF_HARM']) {
      // As after a publication: the next read computes the picture afresh.
      await api.app.services.cacheGeneration.raise();
      const computed: string[] = [];
      let stop = api.app.db.onQuery((sql) => computed.push(sql));
      const first = await picture(subsample, chief).finally(stop);
      expect(computed.some((sql) => sql.includes('"PublishedReport"'))).toBe(true);
      const kept: string[] = [];
      stop = api.app.db.onQuery((sql) => kept.push(sql));
      const second = await picture(subsample, chief).finally(stop);
      expect(kept.filter((sql) => /"(PublishedReport|Area|Inspection|Framework)"/.test(sql))).toEqual([]);
      expect(second).toEqual(first);
      // And exactly what an anonymous caller is given (computed for them at the same generation, or kept).
      expect(await picture(subsample)).toEqual(first);
    }
  });
});
