import { scoreInspection, validateAnswer } from '@scrutiny/domain';
import { esiFramework } from '@scrutiny/plugin-framework-esi';
import { describe, expect, it } from 'vitest';
import { areas, demoPeerAreas, westMidlandsArea } from '../areas.ts';
import { referenceInspections } from '../index.ts';
import { DEMO_PASSWORD, demoAccounts } from './accounts.ts';
import { demoInProgressInspection, demoPeerInspections } from './demo-inspections.ts';
import { generateDemoCaseFiles } from './generate-demo-case-files.ts';

describe('demo peers', () => {
  it('are three areas of the West Midlands comparison group, labelled as demo', () => {
    expect(demoPeerAreas).toHaveLength(3);
    for (const area of demoPeerAreas) {
      expect(area.comparisonGroup).toBe(westMidlandsArea.comparisonGroup);
      expect(area.demo).toBe(true);
      expect(area.name).toMatch(/\(demo\)/);
    }
  });

  it('each have a published 2005 inspection on the ESI framework with 30 to 40 assessed case files', () => {
    expect(demoPeerInspections).toHaveLength(3);
    for (const inspection of demoPeerInspections) {
      expect(inspection).toMatchObject({ year: 2005, status: 'PUBLISHED', demo: true, frameworkKey: 'esi' });
      expect(inspection.caseFiles.length).toBeGreaterThanOrEqual(30);
      expect(inspection.caseFiles.length).toBeLessThanOrEqual(40);
      for (const file of inspection.caseFiles) {
        expect(file.answers.length).toBeGreaterThan(0);
        for (const answer of file.answers)
          expect(validateAnswer(esiFramework, answer.measure, file.facts, answer)).toEqual({ ok: true });
      }
    }
  });

  it('score to plausible rates, neither all met nor none', () => {
    for (const inspection of demoPeerInspections) {
      const criteria = scoreInspection(esiFramework, inspection.caseFiles).criteria.filter(
        (score) => score.subsample === 'ALL',
      );
      expect(criteria).toHaveLength(4);
      for (const score of criteria) expect(score.percentage!).toBeGreaterThan(25);
      for (const score of criteria) expect(score.percentage!).toBeLessThan(95);
    }
  });

  it('are generated the same way every time from their seed', () => {
    const options = {
      seed: 7,
      prefix: 'T',
      count: 5,
      highRiskCount: 2,
      districts: ['North'],
      startBetween: ['2005-01-04', '2005-01-31'] as const,
      orderTypes: ['CRO'],
      rates: new Map<string, number>(),
      defaultRate: 0.5,
      assessorEmails: [null],
    };
    expect(generateDemoCaseFiles(esiFramework, options)).toEqual(generateDemoCaseFiles(esiFramework, options));
    expect(generateDemoCaseFiles(esiFramework, { ...options, seed: 8 })).not.toEqual(
      generateDemoCaseFiles(esiFramework, options),
    );
  });
});

describe('the demo inspection in progress', () => {
  it('is a West Midlands follow-up in fieldwork with files not yet assessed and files not yet assigned', () => {
    expect(demoInProgressInspection).toMatchObject({
      areaCode: 'WMPA',
      status: 'FIELDWORK',
      kind: 'FOLLOW_UP',
      demo: true,
    });
    const files = demoInProgressInspection.caseFiles;
    expect(files.filter((file) => file.answers.length === 0).length).toBeGreaterThan(0);
    expect(files.filter((file) => file.answers.length > 0).length).toBeGreaterThan(0);
    expect(files.filter((file) => file.assessorEmail === null).length).toBeGreaterThan(0);
  });
});

describe('demo accounts', () => {
  const roles = demoAccounts.map((account) => account.role);

  it('cover every kind of user, all with the documented demo password', () => {
    for (const role of [
      'INSPECTOR',
      'CHIEF_INSPECTOR',
      'AREA_ASSESSOR',
      'INFORMATION_MANAGER',
      'ADMIN_OFFICER',
      'BOARD_MEMBER',
      'ADMINISTRATOR',
    ]) {
      expect(roles).toContain(role);
    }
    expect(new Set(demoAccounts.map((account) => account.password))).toEqual(new Set([DEMO_PASSWORD]));
    expect(new Set(demoAccounts.map((account) => account.email)).size).toBe(demoAccounts.length);
  });

  it('tie assessors and board members to areas that exist: two WMPA assessors, a WMPA and a peer board member', () => {
    const areaCodes = new Set(areas.map((area) => area.code));
    for (const account of demoAccounts)
      if (account.areaCode !== null) expect(areaCodes.has(account.areaCode)).toBe(true);
    expect(
      demoAccounts.filter((account) => account.role === 'AREA_ASSESSOR' && account.areaCode === 'WMPA'),
    ).toHaveLength(2);
    expect(
      demoAccounts.filter((account) => account.role === 'BOARD_MEMBER').map((account) => account.areaCode),
    ).toEqual(['WMPA', 'GMPA-DEMO']);
  });

  it('include every assessor a case file is assigned to', () => {
    const emails = new Set(demoAccounts.map((account) => account.email));
    for (const inspection of referenceInspections) {
      for (const file of inspection.caseFiles)
        if (file.assessorEmail !== null) expect(emails.has(file.assessorEmail)).toBe(true);
    }
  });
});
