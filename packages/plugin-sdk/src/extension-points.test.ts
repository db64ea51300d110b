import { describe, expect, it } from 'vitest';
import { definePlugin } from './define-plugin.ts';
import { loadPlugins } from './load-plugins.ts';
import { PLATFORM_VERSION } from './platform-version.ts';
import { schemaExtensionProblems } from './plugin-schema.ts';
import type { ReportSectionContribution } from './report-section.ts';
import { grants, schemaExtensionHost } from './schema-extension.ts';

const notes: ReportSectionContribution = {
  key: 'open-data-notes',
  title: 'Notes on the open data',
  build: (report) => ({ paragraphs: [`The figures of ${report.heading} are open data.`] }),
};

describe('report sections', () => {
  it('are part of a valid plugin', () => {
    const plugin = definePlugin({
      name: 'plugin-notes',
      version: '1.0.0',
      platform: '^0.1.0',
      reportSections: [notes],
    });
    expect(plugin.reportSections[0]!.key).toBe('open-data-notes');
  });

  it('are refused without a build function or with a key that could not be an anchor', () => {
    const broken = { key: 'Open data', title: 'Notes' } as unknown as ReportSectionContribution;
    expect(() =>
      definePlugin({ name: 'plugin-notes', version: '1.0.0', platform: '^0.1.0', reportSections: [broken] }),
    ).toThrow(/reportSections\.0\.key: must be lower case letters[\s\S]*reportSections\.0\.build: must be a function/);
  });

  it('may not take a key another plugin already has', () => {
    const first = { name: 'plugin-one', version: '1.0.0', platform: '^0.1.0', reportSections: [notes] };
    const second = { name: 'plugin-two', version: '2.0.0', platform: '^0.1.0', reportSections: [notes] };
    expect(loadPlugins([first, second]).errors.map((e) => e.message)).toEqual([
      'plugin plugin-two 2.0.0 defines report section open-data-notes, already defined by plugin-one',
    ]);
  });
});

describe('schema extensions', () => {
  const host = schemaExtensionHost(PLATFORM_VERSION);

  it("hand the plugin the host's auth scopes, which grant as the host's do: any listed scope suffices", () => {
    const anonymous = { signedIn: false, readsCaseContent: false, role: null };
    const boardMember = { signedIn: true, readsCaseContent: false, role: 'BOARD_MEMBER' as const };
    const assessor = { signedIn: true, readsCaseContent: true, role: 'AREA_ASSESSOR' as const };
    expect(grants(host.access.public, anonymous)).toBe(true);
    expect(grants(host.access.signedIn, anonymous)).toBe(false);
    expect(grants(host.access.signedIn, boardMember)).toBe(true);
    expect(grants(host.access.readsCaseContent, boardMember)).toBe(false);
    expect(grants(host.access.readsCaseContent, assessor)).toBe(true);
    expect(grants(host.access.anyRole(['CHIEF_INSPECTOR', 'BOARD_MEMBER']), boardMember)).toBe(true);
    expect(grants(host.access.anyRole(['CHIEF_INSPECTOR']), assessor)).toBe(false);
    expect(grants({ readsCaseContent: true, anyRole: ['BOARD_MEMBER'] }, boardMember)).toBe(true);
  });

  it('must return SDL and, for host types only, fields with an access and a resolver', () => {
    expect(
      schemaExtensionProblems({
        typeDefs: 'extend type Area { openDataUrl: String }',
        fields: { Area: { openDataUrl: { access: host.access.public, resolve: () => null } } },
      }),
    ).toEqual([]);
    expect(schemaExtensionProblems({ typeDefs: ' ', fields: {} })).toEqual(['typeDefs: must be SDL text']);
    expect(
      schemaExtensionProblems({
        typeDefs: 'extend type CaseFile { x: Int }',
        fields: { CaseFile: { x: { access: host.access.public, resolve: () => 1 } } },
      }),
    ).toEqual(['fields: may only name the host types Inspection, Area, Query']);
    expect(
      schemaExtensionProblems({
        typeDefs: 'extend type Area { x: Int }',
        fields: { Area: { x: { access: {}, resolve: 'one' } } },
      }).join('\n'),
    ).toMatch(/fields\.Area\.x\.access[\s\S]*fields\.Area\.x\.resolve: must be a function/);
    expect(
      schemaExtensionProblems({
        typeDefs: 'extend type Area { x: Int }',
        fields: { Area: { x: { access: { anyRole: ['GOVERNOR'] }, resolve: () => 1 } } },
      }).join('\n'),
    ).toMatch(/fields\.Area\.x\.access/);
  });
});
