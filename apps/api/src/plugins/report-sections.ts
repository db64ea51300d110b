// Plugins' report sections, added to the report model the host built for a public reader. A section that fails
// for one report is left out of that report rather than failing the download: the report's own parts still stand.
import type { AdditionalReportSection, PublishedReportModel } from '@scrutiny/domain';
import type { LoadedPlugin } from './load-plugins.ts';

export function withAdditionalSections(
  report: PublishedReportModel,
  plugins: readonly LoadedPlugin[],
  onFailure: (plugin: string, section: string, error: unknown) => void = () => undefined,
): PublishedReportModel {
  const sections: AdditionalReportSection[] = [];
  for (const plugin of plugins) {
    for (const contribution of plugin.reportSections ?? []) {
      try {
        const content = contribution.build(report);
        if (!content) continue;
        sections.push({
          key: contribution.key,
          title: contribution.title,
          plugin: plugin.name,
          paragraphs: [...content.paragraphs],
          table: content.table
            ? {
                caption: content.table.caption,
                columns: [...content.table.columns],
                rows: content.table.rows.map((row) => [...row]),
              }
            : null,
        });
      } catch (error) {
        onFailure(plugin.name, contribution.key, error);
      }
    }
  }
  if (sections.length === 0) return report;
  return {
    ...report,
    contents: [...report.contents, ...sections.map((s) => ({ id: `additional-${s.key}`, title: s.title }))],
    additionalSections: sections,
  };
}
