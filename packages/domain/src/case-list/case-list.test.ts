import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseListFromRows, parseCaseListCsv, readCaseListDate } from './case-list.ts';

const HEADER =
  'Reference,Person,Officer,Order Type,Risk of Harm,Sex,MAPPA_Category,MAPPA_Level,District,Start_Date,' +
  'Initial_Assessment_Date,Risk_Management_Plan_Date,Review_Dates,Significant_Incident,Additional_Requirements,' +
  'Child_Protection_Concerns,Other_Agency_Assessments,Eligible,Ineligible_Reason';

describe('parseCaseListCsv', () => {
  it('reads every column of a well-formed row into case facts', () => {
    const text = `\uFEFF${HEADER}\r\nWM-001,P-17,O-3,licence,Very High,F,2,2,"Birmingham, North",07/03/2005,2005-03-09,2005-03-14,2005-06-20;2005-03-28,yes,0,TRUE,n,,\r\n`;
    const { candidates, problems } = parseCaseListCsv(text);
    expect(problems).toEqual([]);
    expect(candidates).toEqual([
      {
        reference: 'WM-001',
        person: 'P-17',
        officer: 'O-3',
        eligible: true,
        ineligibleReason: null,
        facts: {
          reference: 'WM-001',
          orderType: 'LICENCE',
          riskOfHarm: 'VERY_HIGH',
          mappaCategory: 2,
          mappaLevel: 2,
          district: 'Birmingham, North',
          sex: 'FEMALE',
          dates: { start: '2005-03-07', initialAssessment: '2005-03-09', riskManagementPlan: '2005-03-14' },
          reviewDates: ['2005-03-28', '2005-06-20'],
          flags: {
            significantIncident: true,
            additionalRequirements: false,
            childProtectionConcerns: true,
            otherAgencyAssessments: false,
            communityPunishment: false,
          },
        },
      },
    ]);
  });

  it('needs only the required columns, and keeps ineligible cases with their reason for the sampler', () => {
    const text = 'reference,person,order_type,risk_of_harm,eligible,ineligible_reason\nA1,P1,CPRO,low,no,redacted\n';
    const { candidates, problems } = parseCaseListCsv(text);
    expect(problems).toEqual([]);
    expect(candidates[0]).toMatchObject({
      reference: 'A1',
      officer: null,
      eligible: false,
      ineligibleReason: 'redacted',
    });
    expect(candidates[0]!.facts).toMatchObject({
      orderType: 'CPRO',
      riskOfHarm: 'LOW',
      sex: null,
      mappaCategory: null,
    });
  });

  it('reports a missing required column at row 1 and reads no case', () => {
    const { candidates, problems } = parseCaseListCsv('reference,person,order_type\nA1,P1,CO\n');
    expect(candidates).toEqual([]);
    expect(problems).toEqual([
      { row: 1, column: 'risk_of_harm', message: 'the required column "risk_of_harm" is missing' },
    ]);
  });

  it('leaves out unreadable rows with the reason, and keeps the good ones', () => {
    const text = [
      'reference,person,order_type,risk_of_harm,start_date,mappa_level,significant_incident',
      'A1,P1,CO,medium,2005-01-10,,no',
      'A2,P2,CO,severe,2005-01-10,,no',
      'A3,P3,CO,high,2005-02-30,,no',
      ',P4,CO,low,,,',
      'A1,P5,CO,low,,,',
      'A6,P6,CO,low,,4,maybe',
      '',
      'A7,P7,CPO,high,,1,1',
    ].join('\n');
    const { candidates, problems } = parseCaseListCsv(text);
    expect(candidates.map((candidate) => candidate.reference)).toEqual(['A1', 'A7']);
    expect(problems).toEqual([
      {
        row: 3,
        column: 'risk_of_harm',
        message: 'unknown risk of harm level "severe" (expected low, medium, high or very high)',
      },
      { row: 4, column: 'start_date', message: '"2005-02-30" is not a date (use YYYY-MM-DD or DD/MM/YYYY)' },
      { row: 5, column: 'reference', message: 'the reference is missing' },
      { row: 6, column: 'reference', message: 'the reference "A1" is already used on row 2' },
      { row: 7, column: 'mappa_level', message: 'the MAPPA level must be a whole number from 1 to 3, not "4"' },
      { row: 7, column: 'significant_incident', message: '"maybe" is not yes or no' },
    ]);
  });

  it('reports unknown and repeated columns at row 1', () => {
    const { problems } = parseCaseListCsv('reference,person,order_type,risk_of_harm,risk_of_ham,Person\n');
    expect(problems).toEqual([
      { row: 1, column: 'risk_of_ham', message: 'unknown column "risk_of_ham" is ignored' },
      { row: 1, column: 'person', message: 'the column "person" appears twice' },
    ]);
  });

  it('reports an empty file', () => {
    expect(parseCaseListCsv('').problems).toEqual([
      { row: 1, column: null, message: 'the case list is empty: it needs a header row' },
    ]);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseCaseListCsv(text);
        expect(Array.isArray(result.candidates)).toBe(true);
      }),
    );
    const csvish = fc.string({
      unit: fc.constantFrom('reference', 'person', 'order_type', 'risk_of_harm', ',', '"', '\n', 'high', 'x', '1', ';'),
    });
    fc.assert(
      fc.property(csvish, (text) => {
        const result = parseCaseListCsv(text);
        for (const problem of result.problems) expect(problem.row).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe('caseListFromRows', () => {
  it('reads rows handed over by a spreadsheet reader', () => {
    const rows = [
      ['REFERENCE', 'PERSON', 'ORDER-TYPE', 'RISK OF HARM'],
      ['B1', 'P1', 'CO', 'MEDIUM'],
    ];
    expect(caseListFromRows(rows).candidates.map((candidate) => candidate.facts.riskOfHarm)).toEqual(['MEDIUM']);
  });
});

describe('readCaseListDate', () => {
  it('reads ISO and UK day-first dates and refuses impossible ones', () => {
    expect(readCaseListDate('2005-03-07')).toBe('2005-03-07');
    expect(readCaseListDate('7/3/2005')).toBe('2005-03-07');
    expect(readCaseListDate('29/02/2004')).toBe('2004-02-29');
    expect(readCaseListDate('29/02/2005')).toBeNull();
    expect(readCaseListDate('2005-13-01')).toBeNull();
    expect(readCaseListDate('March 7')).toBeNull();
  });
});
