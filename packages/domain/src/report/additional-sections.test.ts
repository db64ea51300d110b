import { describe, expect, it } from 'vitest';
import { withAdditionalSections } from './additional-sections.ts';
import type { PublishedReportModel } from './model.ts';

const report = {
  heading: 'Follow-up report on West Midlands Probation Area, 2005',
  contents: [
    { id: 'summary', title: 'Summary' },
    { id: 'about-figures', title: 'About the figures' },
  ],
} as PublishedReportModel;

describe('withAdditionalSections', () => {
  it("puts plugins' sections after the report's own parts, in the contents too", () => {
    const section = {
      key: 'open-data-notes',
      title: 'Notes on the open data',
      plugin: 'p',
      paragraphs: [],
      table: null,
    };
    const extended = withAdditionalSections(report, [section]);
    expect(extended.contents.map((c) => c.id)).toEqual(['summary', 'about-figures', 'additional-open-data-notes']);
    expect(extended.additionalSections).toEqual([section]);
    expect(report.additionalSections).toBeUndefined();
  });

  it('leaves a report without sections as it was', () => {
    expect(withAdditionalSections(report, [])).toBe(report);
  });
});
