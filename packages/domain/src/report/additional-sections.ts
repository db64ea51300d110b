// Plugins' sections join the report after its own parts, in the contents too, so the board and every exporter
// that walks the contents meet them in the same place.
import type { AdditionalReportSection, PublishedReportModel } from './model.ts';

/** The anchor of an additional section in the report. */
export function additionalSectionId(key: string): string {
  return `additional-${key}`;
}

/** The report with these sections after its own parts; the same report when there are none. */
export function withAdditionalSections(
  report: PublishedReportModel,
  sections: readonly AdditionalReportSection[],
): PublishedReportModel {
  if (sections.length === 0) return report;
  return {
    ...report,
    contents: [...report.contents, ...sections.map((s) => ({ id: additionalSectionId(s.key), title: s.title }))],
    additionalSections: [...sections],
  };
}
