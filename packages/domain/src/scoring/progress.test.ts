import { describe, expect, it } from 'vitest';
import { answer, caseFacts, caseFile, esiLikeFramework } from '../../test/esi-like-framework.ts';
import { missingAnswers, progress } from './progress.ts';

// A medium risk case with no additional requirements is asked B1.classification, B1.offender-interview, B1.overall
// and B3.overall; B3.reviews is asked once the inspection date is known, and answered from the review dates.
const medium = caseFacts('M1', {
  dates: { start: '2005-01-03', inspected: '2005-06-01' },
  reviewDates: ['2005-04-11', '2005-05-30'],
});
const highRisk = caseFacts('H1', { riskOfHarm: 'VERY_HIGH', flags: { additionalRequirements: true } });

describe('progress', () => {
  it('counts the questions asked of each case file and those assessed, whatever the answer', () => {
    const files = [
      caseFile(medium, [
        answer('B1.classification', 'INFLATED'),
        answer('B1.offender-interview', 'NOT_APPLICABLE', 'refused'),
      ]),
      caseFile(highRisk, [answer('B1.rmp-quality-timely', 'NO')]),
    ];
    const result = progress(esiLikeFramework, files);
    expect(result.perCaseFile).toEqual([
      // 5 asked; answered: classification (a failing answer still counts), not applicable, and the derived review answer.
      { reference: 'M1', questions: 5, answered: 3 },
      // 6 asked: classification, risk management plan, offender interview, additional requirements, two overall judgements.
      { reference: 'H1', questions: 6, answered: 1 },
    ]);
    expect(result).toMatchObject({ questions: 11, answered: 4 });
  });

  it('never counts a question the case is not asked, even if an answer was stored for it', () => {
    const result = progress(esiLikeFramework, [caseFile(medium, [answer('B1.rmp-quality-timely', 'YES')])]);
    expect(result.perCaseFile[0]).toEqual({ reference: 'M1', questions: 5, answered: 1 });
  });
});

describe('missingAnswers', () => {
  it('lists the questions still to answer, in framework order', () => {
    expect(missingAnswers(esiLikeFramework, caseFile(medium, [answer('B1.overall', 'YES')]))).toEqual([
      'B1.classification',
      'B1.offender-interview',
      'B3.overall',
    ]);
  });

  it('is empty once every asked question is answered', () => {
    const answers = [
      'B1.classification',
      'B1.rmp-quality-timely',
      'B1.offender-interview',
      'B1.overall',
      'B3.additional-requirements',
      'B3.overall',
    ].map((key) => answer(key, key === 'B1.classification' ? 'APPROPRIATE' : 'NO'));
    expect(missingAnswers(esiLikeFramework, caseFile(highRisk, answers))).toEqual([]);
    expect(missingAnswers(esiLikeFramework, caseFile(highRisk, answers.slice(1)))).toEqual(['B1.classification']);
  });
});
