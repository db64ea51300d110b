import { describe, expect, it } from 'vitest';
import { caseFacts } from '../../test/esi-like-framework.ts';
import type { RiskOfHarm } from '../framework/model.ts';
import type { CaseCandidate } from './sample.ts';
import { drawSample, SAME_PERSON_REASON, SampleError } from './sample.ts';

const RISKS: readonly RiskOfHarm[] = ['LOW', 'MEDIUM', 'MEDIUM', 'HIGH', 'VERY_HIGH'];

/** An area's case list: 300 cases of 280 people across 40 officers, in every stratum. */
function caseList(count = 300): CaseCandidate[] {
  return Array.from({ length: count }, (_, index) => {
    const reference = `WM${String(index).padStart(4, '0')}`;
    return {
      reference,
      person: `P${index % 280}`,
      officer: `O${index % 40}`,
      eligible: index % 37 !== 5,
      ineligibleReason: index % 37 === 5 ? 'redacted' : null,
      facts: caseFacts(reference, {
        riskOfHarm: RISKS[index % RISKS.length]!,
        sex: index % 7 === 0 ? 'FEMALE' : 'MALE',
        orderType: index % 3 === 0 ? 'LICENCE' : 'CO',
      }),
    };
  });
}

const references = (cases: readonly { reference: string }[]) => cases.map((candidate) => candidate.reference);

describe('drawSample', () => {
  it('draws the same sample and reserve from the same seed, whatever order the list came in', () => {
    const list = caseList();
    const first = drawSample(list, { seed: 'WMPA-2005', size: 40, highRiskSize: 23 });
    const again = drawSample([...list].reverse(), { seed: 'WMPA-2005', size: 40, highRiskSize: 23 });
    expect(references(again.sample)).toEqual(references(first.sample));
    expect(references(again.reserve)).toEqual(references(first.reserve));
    const other = drawSample(list, { seed: 'another seed', size: 40, highRiskSize: 23 });
    expect(references(other.sample)).not.toEqual(references(first.sample));
  });

  it('draws 40 case files, 23 of them high or very high risk of harm, with a reserve of about a fifth', () => {
    const draw = drawSample(caseList(), { seed: 's', size: 40, highRiskSize: 23 });
    expect(draw.sample).toHaveLength(40);
    expect(draw.sample.filter((c) => c.facts.riskOfHarm === 'HIGH' || c.facts.riskOfHarm === 'VERY_HIGH')).toHaveLength(
      23,
    );
    expect(draw.reserve).toHaveLength(8);
    const both = new Set([...references(draw.sample), ...references(draw.reserve)]);
    expect(both.size).toBe(48);
  });

  it('allocates each stratum its proportional share by largest remainder', () => {
    const draw = drawSample(caseList(), { seed: 's', size: 40, maxPerOfficer: 40 });
    const total = draw.strata.reduce((sum, stratum) => sum + stratum.population, 0);
    for (const stratum of draw.strata) {
      const ideal = (40 * stratum.population) / total;
      expect(stratum.drawn).toBeGreaterThanOrEqual(Math.floor(ideal));
      expect(stratum.drawn).toBeLessThanOrEqual(Math.ceil(ideal));
    }
    expect(draw.strata.reduce((sum, stratum) => sum + stratum.drawn, 0)).toBe(40);
    expect(draw.strata.map((stratum) => stratum.key)).toContain('FEMALE/POST_CUSTODY/NOT_LOW');
  });

  it('never draws more than the cap per responsible officer, reserve included', () => {
    const list = caseList().map((candidate, index) => ({ ...candidate, officer: `O${index % 9}` }));
    const draw = drawSample(list, { seed: 'cap', size: 40, highRiskSize: 23, maxPerOfficer: 6 });
    const perOfficer = new Map<string, number>();
    for (const candidate of [...draw.sample, ...draw.reserve]) {
      perOfficer.set(candidate.officer!, (perOfficer.get(candidate.officer!) ?? 0) + 1);
    }
    expect(Math.max(...perOfficer.values())).toBeLessThanOrEqual(6);
    expect(draw.sample).toHaveLength(40);
  });

  it('keeps one case per person and says why the others were left out', () => {
    const list = caseList();
    const draw = drawSample(list, { seed: 'people', size: 40 });
    const people = [...draw.sample, ...draw.reserve].map((candidate) => candidate.person);
    expect(new Set(people).size).toBe(people.length);
    const samePerson = draw.excluded.filter((exclusion) => exclusion.reason === SAME_PERSON_REASON);
    const ineligible = list.filter((candidate) => !candidate.eligible);
    const eligibleCasesPerPerson = new Map<string, number>();
    for (const candidate of list.filter((c) => c.eligible)) {
      eligibleCasesPerPerson.set(candidate.person, (eligibleCasesPerPerson.get(candidate.person) ?? 0) + 1);
    }
    const secondCases = [...eligibleCasesPerPerson.values()].reduce((sum, cases) => sum + cases - 1, 0);
    expect(secondCases).toBeGreaterThan(0);
    expect(samePerson).toHaveLength(secondCases);
    expect(draw.excluded.filter((exclusion) => exclusion.reason === 'redacted')).toHaveLength(ineligible.length);
    const excluded = new Set(references(draw.excluded));
    expect(references(draw.sample).some((reference) => excluded.has(reference))).toBe(false);
  });

  it('fails with NOT_ENOUGH_CASES when the list cannot supply the high risk stratum', () => {
    const list = caseList(60);
    const attempt = () => drawSample(list, { seed: 's', size: 40, highRiskSize: 30 });
    expect(attempt).toThrow(SampleError);
    expect(attempt).toThrow(/needs 30 high or very high risk of harm cases/);
    try {
      attempt();
    } catch (error) {
      expect((error as SampleError).code).toBe('NOT_ENOUGH_CASES');
    }
  });

  it('fails with NOT_ENOUGH_CASES when the officer cap leaves too few files', () => {
    const list = caseList().map((candidate) => ({ ...candidate, officer: 'O1' }));
    expect(() => drawSample(list, { seed: 's', size: 10, maxPerOfficer: 6 })).toThrow(/at most 6 files per officer/);
  });

  it('refuses options that make no sense', () => {
    for (const options of [
      { seed: '', size: 40 },
      { seed: 's', size: 0 },
      { seed: 's', size: 40, highRiskSize: 41 },
      { seed: 's', size: 40, reserveShare: 1.5 },
      { seed: 's', size: 40, maxPerOfficer: 0 },
    ]) {
      expect(() => drawSample(caseList(), options)).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
    }
  });
});
