import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { westMidlands2004Recommendations } from './west-midlands-2004.ts';
import { westMidlands2005, westMidlands2005Recommendations } from './west-midlands-2005.ts';
import {
  westMidlands2005Findings,
  westMidlands2005GoodPractice,
  westMidlands2005ReportTexts,
} from './west-midlands-2005-report.ts';

// The report as one run of words: page breaks, bullet glyphs and emphasis marks are layout, not text.
const words = (text: string): string =>
  text
    .replace(/[▣*]/g, '')
    .replace(/^\s*(?:-|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
const report = words(
  readFileSync(new URL('../../reference/esi-follow-up-west-midlands-2005.md', import.meta.url), 'utf8'),
);

describe('the follow-up report content', () => {
  it('has every finding verbatim from the report, by criterion', () => {
    for (const finding of westMidlands2005Findings)
      expect(report, finding.text.slice(0, 60)).toContain(words(finding.text));
    const perCriterion = Object.fromEntries(
      ['A1', 'B1', 'B3', 'C2', 'C5'].map((code) => [
        code,
        westMidlands2005Findings.filter((f) => f.criterion === code).length,
      ]),
    );
    expect(perCriterion).toEqual({ A1: 15, B1: 8, B3: 7, C2: 4, C5: 7 });
  });

  it('joins sentences the page layout broke', () => {
    expect(
      westMidlands2005Findings.some((finding) => finding.text.includes('whether a single MAPPA coordinator')),
    ).toBe(true);
    expect(
      westMidlands2005Findings.some((finding) => finding.text.includes('2004 inspection (in ten of 23 cases')),
    ).toBe(true);
  });

  it('sorts findings into strengths, areas for improvement and observations by what they say', () => {
    const kindOf = (start: string) => westMidlands2005Findings.find((finding) => finding.text.startsWith(start))?.kind;
    expect(kindOf('A reward scheme had been introduced')).toBe('STRENGTH');
    expect(kindOf('There was further work to be done on the quality and timeliness')).toBe('AREA_FOR_IMPROVEMENT');
    expect(kindOf('Management oversight of the ongoing case management')).toBe('AREA_FOR_IMPROVEMENT');
    expect(kindOf('We were impressed by some of the liaison')).toBe('STRENGTH');
  });

  it('has the four good practice examples verbatim', () => {
    expect(westMidlands2005GoodPractice.map((example) => example.criterion)).toEqual(['A1', 'B3', 'C2', 'C5']);
    for (const example of westMidlands2005GoodPractice) expect(report).toContain(words(example.text));
    expect(westMidlands2005GoodPractice[3]!.text).toMatch(/^Jo had been supervising Tim/);
  });

  it('judges each of the five recommendations followed up, on a sentence of the report quoted verbatim', () => {
    expect(westMidlands2005Recommendations.map((rec) => rec.judgement?.value)).toEqual([
      'GOOD_PROGRESS',
      'GOOD_PROGRESS',
      'REASONABLE_PROGRESS',
      'REASONABLE_PROGRESS',
      'REASONABLE_PROGRESS',
    ]);
    for (const rec of westMidlands2005Recommendations)
      expect(report, `${rec.number}`).toContain(words(rec.judgement!.basis));
  });

  it('has the report texts verbatim', () => {
    expect(westMidlands2005ReportTexts.map((text) => text.key)).toEqual([
      'foreword',
      'acknowledgements',
      'glossary',
      'reasonsForFollowUp',
      'summaryOfKeyFindings',
      'nextSteps',
      'inspectionArrangements',
      'roleOfInspectorate',
    ]);
    for (const text of westMidlands2005ReportTexts) expect(report, text.key).toContain(words(text.body));
    const foreword = westMidlands2005ReportTexts.find((text) => text.key === 'foreword')!;
    expect(foreword.body).toContain(
      'Follow-up inspection findings showed some improvement against 26 of 33 separate measures.',
    );
  });

  it('links the five followed-up recommendations to the 2004 ones', () => {
    for (const recommendation of westMidlands2005Recommendations) {
      const original = westMidlands2004Recommendations.find(
        (candidate) => candidate.number === recommendation.baselineNumber,
      );
      expect(original?.text).toBe(recommendation.text);
      expect(report).toContain(recommendation.text);
    }
  });

  it('has the team of the acknowledgements and the meetings of the inspection arrangements', () => {
    const team = westMidlands2005.team;
    expect(team.filter((member) => member.role === 'INSPECTOR').map((member) => member.name)).toEqual([
      'Kate White',
      'John Browne',
      'Nigel Scarff',
    ]);
    expect(team.filter((member) => member.role === 'AREA_ASSESSOR')).toHaveLength(11);
    expect(team.find((member) => member.role === 'ASSISTANT_CHIEF_INSPECTOR')?.name).toBe('John Hutchings');
    for (const member of team) expect(report).toContain(member.name);
    expect(westMidlands2005.meetings).toHaveLength(5);
    expect(report).toContain(
      'Meetings were held with a group of Board members, the CO and Director of Operations, SPOs and DMs, members of the MAPPA SMB and the MAPPA coordinator, and a group of practitioners.',
    );
  });
});
