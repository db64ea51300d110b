import {
  checkCompatibility,
  grants,
  loadPlugins,
  PLATFORM_VERSION,
  pluginProblems,
  schemaExtensionHost,
  schemaExtensionProblems,
  type CaseFileSummary,
  type ExtensionContext,
} from '@scrutiny/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { defaultMeasures, smallReport } from '../test/report.ts';
import { countByRisk } from './case-files-by-risk.ts';
import { figuresWithCare } from './figures-with-care.ts';
import plugin from './index.ts';

const summary = (riskOfHarm: CaseFileSummary['riskOfHarm'], sampleRole: CaseFileSummary['sampleRole'] = 'SAMPLE') =>
  ({ riskOfHarm, sampleRole, status: 'SUBMITTED' }) satisfies CaseFileSummary;

describe('the template plugin', () => {
  it('is a valid plugin for this platform, and loads', () => {
    expect(pluginProblems(plugin)).toEqual([]);
    expect(checkCompatibility(plugin)).toEqual({ ok: true });
    expect(loadPlugins([{ default: plugin }]).errors).toEqual([]);
  });

  it('extends the schema with SDL and a resolver the host can check, visible to signed-in users only', async () => {
    const extension = plugin.extendSchema(schemaExtensionHost(PLATFORM_VERSION));
    expect(schemaExtensionProblems(extension)).toEqual([]);
    expect(extension.typeDefs).toMatch(/extend type Inspection \{[^}]*caseFileCountByRisk: \[CaseFileRiskCount!\]\n/);
    const field = extension.fields.Inspection!.caseFileCountByRisk!;
    const scopes = { readsCaseContent: false, role: null };
    expect(grants(field.access, { ...scopes, signedIn: false })).toBe(false);
    expect(grants(field.access, { ...scopes, signedIn: true, role: 'BOARD_MEMBER' })).toBe(true);

    const asked: string[] = [];
    const context: ExtensionContext = {
      viewer: { id: 'u1', role: 'INSPECTOR', areaId: null },
      caseFileSummaries: (inspectionId) => {
        asked.push(inspectionId);
        return Promise.resolve([summary('HIGH'), summary('LOW'), summary('HIGH', 'RESERVE')]);
      },
    };
    const inspection = {
      id: 'i1',
      areaId: 'a1',
      year: 2005,
      title: 'Follow-up inspection 2005',
      kind: 'FOLLOW_UP' as const,
      status: 'PUBLISHED',
      published: true,
    };
    await expect(field.resolve(inspection, {}, context)).resolves.toEqual([
      { riskOfHarm: 'VERY_HIGH', caseFiles: 0 },
      { riskOfHarm: 'HIGH', caseFiles: 1 },
      { riskOfHarm: 'MEDIUM', caseFiles: 0 },
      { riskOfHarm: 'LOW', caseFiles: 1 },
    ]);
    expect(asked).toEqual(['i1']);
  });

  it('counts only the sample: reserves and replaced case files are not in it', () => {
    const counts = countByRisk([summary('VERY_HIGH'), summary('VERY_HIGH', 'REPLACED'), summary('MEDIUM', 'RESERVE')]);
    expect(counts.map((c) => c.caseFiles)).toEqual([1, 0, 0, 0]);
  });

  it('lists the figures resting on fewer than five case files, withheld ones without their counts', () => {
    const section = figuresWithCare(smallReport())!;
    expect(section.paragraphs[0]).toBe(
      '2 of the 4 figures rest on fewer than five applicable case files, so each says little on its own.',
    );
    expect(section.table!.rows).toEqual([
      ['B1.review-after-incident', '3', '2 of 3'],
      ['B1.review-16-weeks', 'fewer than 5', 'withheld'],
    ]);
  });

  it('says so when no figure rests on fewer than five case files', () => {
    expect(figuresWithCare(smallReport(defaultMeasures().slice(0, 1)))).toEqual({
      paragraphs: ['Each of the 2 figures rests on five or more applicable case files.'],
      table: null,
    });
  });
});
