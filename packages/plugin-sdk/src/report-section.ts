// A plugin's section of the published report. It is built from the report model the host already made for a public
// reader (disclosure control applied), so a section can only rearrange or explain what the public may see; it
// computes no figure of its own.
import type { PublishedReportModel } from '@scrutiny/domain';

/** What a section says: paragraphs of inline Markdown and at most one table. */
export interface ReportSectionContent {
  paragraphs: readonly string[];
  table?: { caption: string; columns: readonly string[]; rows: readonly (readonly string[])[] } | null;
}

export interface ReportSectionContribution {
  /** Stable, URL-safe key, unique across plugins, e.g. `open-data-notes`. */
  key: string;
  /** The section's heading, e.g. "Notes on the open data". */
  title: string;
  /** The section for this report, or null when it has nothing to say about it. */
  build(report: PublishedReportModel): ReportSectionContent | null;
}
