import { describe, expect, it } from 'vitest';
import { commentSubjects, subjectLabel, type DraftOutline } from './subjects.ts';

const draft: DraftOutline = {
  reportTexts: [{ section: 'FOREWORD' }, { section: 'ANNEX_TABLES' }],
  criteria: [
    { code: 'A1', title: 'Leadership and planning' },
    { code: 'B1', title: 'Assessment of risk of harm' },
  ],
  criterionScores: [{ code: 'B1' }, { code: 'B1' }],
  measureResults: [
    { key: 'B1.review-16-weeks', criterion: 'B1', text: 'Risk of harm was reassessed satisfactorily every 16 weeks' },
    { key: 'B1.review-16-weeks', criterion: 'B1', text: 'Risk of harm was reassessed satisfactorily every 16 weeks' },
  ],
};

describe('what a comment on the draft can be about', () => {
  it('offers the whole report, its sections in report order, scored criteria and each measure once', () => {
    const groups = commentSubjects(draft);
    expect(groups.map((g) => g.label)).toEqual(['Sections of the report', 'Criteria', 'Measure figures']);
    expect(groups[0]!.subjects.map((s) => s.value)).toEqual([
      '',
      'FOREWORD',
      'SUMMARY',
      'ARRANGEMENTS',
      'ANNEX_TABLES',
    ]);
    expect(groups[0]!.subjects.at(-1)!.label).toBe('Annex tables');
    // A1 is not scored in the follow-up, so it has no score to correct.
    expect(groups[1]!.subjects).toEqual([{ value: 'B1', label: 'B1 Assessment of risk of harm: score and findings' }]);
    expect(groups[2]!.subjects).toEqual([
      { value: 'B1.review-16-weeks', label: 'B1: Risk of harm was reassessed satisfactorily every 16 weeks' },
    ]);
  });

  it('names a comment’s subject in words, and shows a key it does not know as written', () => {
    const groups = commentSubjects(draft);
    expect(subjectLabel(null, groups)).toBe('The report as a whole');
    expect(subjectLabel('SUMMARY', groups)).toBe('Summary of findings');
    expect(subjectLabel('B1.review-16-weeks', groups)).toMatch(/^B1: Risk of harm was reassessed/);
    expect(subjectLabel('ROLE', groups)).toBe('The role of the inspectorate');
    expect(subjectLabel('Table 3', groups)).toBe('Table 3');
  });
});
