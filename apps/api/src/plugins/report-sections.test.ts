import { describe, expect, it } from 'vitest';
import type { PublishedReportModel } from '@scrutiny/domain';
import { definePlugin } from '@scrutiny/plugin-sdk';
import { reportWithPluginSections } from './report-sections.ts';

const report = {
  heading: 'Follow-up report on West Midlands Probation Area, 2005',
  contents: [{ id: 'about-figures', title: 'About the figures' }],
  figures: [],
} as unknown as PublishedReportModel;

const plugin = definePlugin({
  name: 'plugin-notes',
  version: '1.0.0',
  platform: '^0.1.0',
  reportSections: [
    { key: 'broken', title: 'Broken', build: () => JSON.parse('{') as never },
    { key: 'silent', title: 'Nothing to say', build: () => null },
    { key: 'notes', title: 'Notes', build: (r) => ({ paragraphs: [`About ${r.heading}.`] }) },
  ],
});

describe("plugins' report sections", () => {
  it('leave out a section that fails or has nothing to say, and keep the rest of the report', () => {
    const failures: string[] = [];
    const extended = reportWithPluginSections(report, [plugin], (name, section) => failures.push(`${name}/${section}`));
    expect(failures).toEqual(['plugin-notes/broken']);
    expect(extended.additionalSections).toEqual([
      {
        key: 'notes',
        title: 'Notes',
        plugin: 'plugin-notes',
        paragraphs: ['About Follow-up report on West Midlands Probation Area, 2005.'],
        table: null,
      },
    ]);
    expect(extended.contents.map((c) => c.id)).toEqual(['about-figures', 'additional-notes']);
  });
});
