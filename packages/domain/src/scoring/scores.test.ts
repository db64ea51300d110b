import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answer, caseFacts, caseFile, esiLikeFramework } from '../../test/esi-like-framework.ts';
import type { CaseFileForScoring, FrameworkDefinition, GivenAnswer, RiskOfHarm } from '../framework/model.ts';
import { RISK_OF_HARM_LEVELS } from '../framework/model.ts';
import { figureId } from './figures.ts';
import type { CriterionScore, InspectionScores, MeasureResult } from './scores.ts';
import { adjustedCriterionScores, scoreInspection, scoresToFigures } from './scores.ts';

// A follow-up sample like the reference report's: 40 case files, 23 of them high or very high risk of harm.
// "in ten of 23 cases in 2005 plans were of a satisfactory quality and completed within five working days";
// "68% of ISPs were of a satisfactory overall quality – this was the case in 70% of high risk of harm cases" (27/40, 16/23);
// "In 94% of cases (92% for the high risk of harm sample) additional requirements ... adequately implemented" (16/17, 11/12).
function referenceSample(): CaseFileForScoring[] {
  const files: CaseFileForScoring[] = [];
  for (let h = 0; h < 23; h++) {
    const onTime = h < 10 || h >= 18;
    const facts = caseFacts(`H${h}`, {
      riskOfHarm: h % 2 === 0 ? 'HIGH' : 'VERY_HIGH',
      dates: { start: '2005-03-07', riskManagementPlan: onTime ? '2005-03-14' : '2005-03-21' },
      flags: { additionalRequirements: h < 12 },
    });
    const answers: GivenAnswer[] = [
      answer('B1.classification', h < 15 ? 'APPROPRIATE' : 'INFLATED'),
      answer('B1.rmp-quality-timely', h < 18 ? 'YES' : 'NO'),
      answer('B1.offender-interview', h < 12 ? 'YES' : 'NO'),
      answer('B1.overall', 'YES'),
      answer('B3.overall', h < 16 ? 'YES' : 'NO'),
    ];
    if (h < 12) answers.push(answer('B3.additional-requirements', h < 11 ? 'YES' : 'NO'));
    files.push(caseFile(facts, answers));
  }
  for (let n = 0; n < 17; n++) {
    const facts = caseFacts(`N${n}`, {
      riskOfHarm: n % 2 === 0 ? 'MEDIUM' : 'LOW',
      flags: { additionalRequirements: n < 5 },
    });
    const answers: GivenAnswer[] = [
      n < 15
        ? answer('B1.classification', n < 10 ? 'APPROPRIATE' : 'DEFLATED')
        : answer('B1.classification', 'NOT_APPLICABLE', 'no assessment due yet'),
      answer('B1.offender-interview', n < 9 ? 'YES' : 'NO'),
      answer('B1.overall', 'YES'),
      answer('B3.overall', n < 11 ? 'YES' : 'NO'),
    ];
    if (n < 5) answers.push(answer('B3.additional-requirements', 'YES'));
    files.push(caseFile(facts, answers));
  }
  return files;
}

function measure(scores: InspectionScores, key: string, subsample = 'ALL'): MeasureResult | undefined {
  return scores.measures.find((result) => result.key === key && result.subsample === subsample);
}

function criterion(scores: readonly CriterionScore[], key: string, subsample = 'ALL'): CriterionScore | undefined {
  return scores.find((score) => score.key === key && score.subsample === subsample);
}

describe('scoreInspection on a sample like the reference report', () => {
  const scores = scoreInspection(esiLikeFramework, referenceSample());

  it('reports the whole sample first, then each subsample', () => {
    expect(scores.subsamples).toEqual(['ALL', 'HIGH_RISK_OF_HARM']);
  });

  it('scores the risk management plan measure at ten of 23, with no separate high risk figure', () => {
    const rmp = measure(scores, 'B1.rmp-quality-timely');
    expect(rmp).toMatchObject({ met: 10, applicable: 23, notAsked: 17, adjusted: false });
    expect(Math.round(rmp!.percentage!)).toBe(43);
    expect(measure(scores, 'B1.rmp-quality-timely', 'HIGH_RISK_OF_HARM')).toBeUndefined();
  });

  it('scores additional requirements at 94% overall and 92% for high risk of harm cases', () => {
    const all = measure(scores, 'B3.additional-requirements')!;
    const high = measure(scores, 'B3.additional-requirements', 'HIGH_RISK_OF_HARM')!;
    expect([all.met, all.applicable, all.notAsked, Math.round(all.percentage!)]).toEqual([16, 17, 23, 94]);
    expect([high.met, high.applicable, Math.round(high.percentage!)]).toEqual([11, 12, 92]);
  });

  it('leaves not-applicable answers out of the denominator and counts them apart', () => {
    expect(measure(scores, 'B1.classification')).toMatchObject({
      met: 25,
      applicable: 38,
      notApplicable: 2,
      unanswered: 0,
    });
  });

  it('counts a question nobody has answered yet as unanswered, not as failed', () => {
    expect(measure(scores, 'B3.reviews')).toMatchObject({ met: 0, applicable: 0, percentage: null, notAsked: 40 });
  });

  it('pools a criterion over its questions, leaving out the overall judgement', () => {
    expect(criterion(scores.criteria, 'B1')).toMatchObject({ met: 56, applicable: 101, rule: 'pooled' });
    expect(criterion(scores.criteria, 'B1', 'HIGH_RISK_OF_HARM')).toMatchObject({ met: 37, applicable: 69 });
  });

  it('scores an overall-judgement criterion as the share of case files judged to meet it (68% and 70%)', () => {
    const all = criterion(scores.criteria, 'B3')!;
    const high = criterion(scores.criteria, 'B3', 'HIGH_RISK_OF_HARM')!;
    expect([all.met, all.applicable, all.percentage, all.rule]).toEqual([27, 40, 67.5, 'overallJudgement']);
    expect([high.met, high.applicable, Math.round(high.percentage!)]).toEqual([16, 23, 70]);
  });

  it('gives a criterion that is not scored no figure at all', () => {
    expect(scores.criteria.some((score) => score.key === 'A1')).toBe(false);
  });

  it('flags small denominators and gives each figure a 95% interval around it', () => {
    expect(measure(scores, 'B3.additional-requirements')!.smallDenominator).toBe(false);
    const b3 = criterion(scores.criteria, 'B3')!;
    expect(b3.interval!.low).toBeLessThan(67.5);
    expect(b3.interval!.high).toBeGreaterThan(67.5);
    const few = scoreInspection(esiLikeFramework, referenceSample().slice(0, 3));
    expect(measure(few, 'B3.overall')!.smallDenominator).toBe(true);
  });

  it('turns the scores into plain figures, each identified once', () => {
    const figures = scoresToFigures(scores);
    expect(figures).toHaveLength(scores.criteria.length + scores.measures.length);
    expect(new Set(figures.map(figureId)).size).toBe(figures.length);
    expect(Object.keys(figures[0]!).sort()).toEqual([
      'adjusted',
      'applicable',
      'key',
      'kind',
      'met',
      'percentage',
      'subsample',
    ]);
  });
});

describe('adjustedCriterionScores', () => {
  const adjusted = adjustedCriterionScores(esiLikeFramework, referenceSample(), ['needs-offender-interviews']);

  it('leaves out the questions that needed offender interviews from pooled criteria', () => {
    expect(criterion(adjusted, 'B1')).toMatchObject({ met: 35, applicable: 61, adjusted: true });
    expect(criterion(adjusted, 'B1', 'HIGH_RISK_OF_HARM')).toMatchObject({ met: 25, applicable: 46, adjusted: true });
  });

  it('keeps an overall-judgement score as it was', () => {
    expect(criterion(adjusted, 'B3')).toMatchObject({ met: 27, applicable: 40, adjusted: true });
  });
});

// Random case files over the test framework: any risk level and flags, any answer (or none) to any question.
const values = ['YES', 'NO', 'APPROPRIATE', 'INFLATED', 'DEFLATED', 'NOT_APPLICABLE', 'NONSENSE'];
const caseFileArbitrary = fc
  .record({
    riskOfHarm: fc.constantFrom<RiskOfHarm>(...RISK_OF_HARM_LEVELS),
    additionalRequirements: fc.boolean(),
    inspected: fc.boolean(),
    answers: fc.array(fc.option(fc.constantFrom(...values), { nil: undefined }), {
      minLength: esiLikeFramework.measures.length,
      maxLength: esiLikeFramework.measures.length,
    }),
  })
  .map(({ riskOfHarm, additionalRequirements, inspected, answers }) => {
    const facts = caseFacts('x', {
      riskOfHarm,
      flags: { additionalRequirements },
      dates: inspected ? { start: '2005-01-03', inspected: '2005-06-01' } : { start: '2005-01-03' },
    });
    const given = esiLikeFramework.measures.flatMap((m, index) => {
      const value = answers[index];
      return value === undefined ? [] : [answer(m.key, value, 'reason')];
    });
    return caseFile(facts, given);
  });
const sampleArbitrary = fc.array(caseFileArbitrary, { maxLength: 30 });

function countsByFigure(framework: FrameworkDefinition, files: CaseFileForScoring[]): Map<string, [number, number]> {
  const figures = scoresToFigures(scoreInspection(framework, files));
  return new Map(figures.map((figure) => [figureId(figure), [figure.met!, figure.applicable!]]));
}

describe('scoring properties', () => {
  it('keeps every percentage within 0..100 and met never above applicable', () => {
    fc.assert(
      fc.property(sampleArbitrary, (files) => {
        for (const figure of scoresToFigures(scoreInspection(esiLikeFramework, files))) {
          expect(figure.met!).toBeLessThanOrEqual(figure.applicable!);
          if (figure.applicable === 0) expect(figure.percentage).toBeNull();
          else {
            expect(figure.percentage!).toBeGreaterThanOrEqual(0);
            expect(figure.percentage!).toBeLessThanOrEqual(100);
          }
        }
      }),
    );
  });

  it('never changes met or applicable when a not-applicable answer is added', () => {
    fc.assert(
      fc.property(sampleArbitrary, fc.nat(), fc.nat(), (files, fileChoice, measureChoice) => {
        fc.pre(files.length > 0);
        const target = files[fileChoice % files.length]!;
        const unanswered = esiLikeFramework.measures.filter(
          (m) => !target.answers.some((given) => given.measure === m.key),
        );
        fc.pre(unanswered.length > 0);
        const added = unanswered[measureChoice % unanswered.length]!;
        const before = countsByFigure(esiLikeFramework, files);
        const withNotApplicable = files.map((file) =>
          file === target
            ? caseFile(file.facts, [...file.answers, answer(added.key, 'NOT_APPLICABLE', 'reason')])
            : file,
        );
        expect(countsByFigure(esiLikeFramework, withNotApplicable)).toEqual(before);
      }),
    );
  });

  it('never counts more in a subsample than in the whole sample, and accounts for every case file', () => {
    fc.assert(
      fc.property(sampleArbitrary, (files) => {
        const scores = scoreInspection(esiLikeFramework, files);
        const highRiskFiles = files.filter(
          (file) => file.facts.riskOfHarm === 'HIGH' || file.facts.riskOfHarm === 'VERY_HIGH',
        ).length;
        for (const result of scores.measures) {
          const whole = measure(scores, result.key)!;
          for (const field of ['met', 'applicable', 'notApplicable', 'unanswered', 'notAsked'] as const) {
            expect(result[field]!).toBeLessThanOrEqual(whole[field]!);
          }
          const total = result.applicable! + result.notApplicable + result.unanswered + result.notAsked;
          expect(total).toBe(result.subsample === 'ALL' ? files.length : highRiskFiles);
        }
        for (const score of scores.criteria) {
          const whole = criterion(scores.criteria, score.key)!;
          expect(score.met!).toBeLessThanOrEqual(whole.met!);
          expect(score.applicable!).toBeLessThanOrEqual(whole.applicable!);
        }
      }),
    );
  });
});

// Timing lives in bench/score-million.ts (a script that prints figures); these tests check the large run's counts.
describe('scoring at scale', () => {
  // A framework of 40 plain questions answered on 25,000 case files: one million answers.
  const questions = Array.from({ length: 40 }, (_, index) => ({
    key: `Q${index}`,
    criterion: 'B1',
    text: `Question ${index}`,
    answerSet: 'yes-no',
    applicability:
      index % 4 === 0 ? ({ fact: 'riskOfHarm', in: ['HIGH', 'VERY_HIGH'] } as const) : ({ always: true } as const),
    tags: [],
    reportBySubsample: true,
  }));
  const large: FrameworkDefinition = {
    ...esiLikeFramework,
    measures: questions,
    criteria: esiLikeFramework.criteria.slice(0, 2),
  };
  const files = Array.from({ length: 25_000 }, (_, index) =>
    caseFile(
      caseFacts(`C${index}`, { riskOfHarm: RISK_OF_HARM_LEVELS[index % 4]! }),
      questions.map((question, q) => answer(question.key, (index + q) % 3 === 0 ? 'NO' : 'YES')),
    ),
  );

  it('scores a million answers, counting each applicable one once', () => {
    const scores = scoreInspection(large, files);
    expect(criterion(scores.criteria, 'B1')!.applicable).toBe(25_000 * 30 + 12_500 * 10);
  });
});
