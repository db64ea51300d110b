// Plugins' report sections, built from the report model the host made for a public reader. A section that fails
// for one report is left out of that report rather than failing the page or the download: the report's own parts
// still stand.
import type { AdditionalReportSection, PublishedReportModel } from '@scrutiny/domain';
import { withAdditionalSections } from '@scrutiny/domain';
import type { LoadedPlugin } from './load-plugins.ts';

export function hasReportSections(plugins: readonly LoadedPlugin[]): boolean {
  return plugins.some((plugin) => (plugin.reportSections ?? []).length > 0);
}

/** Every loaded plugin's section for this report, in plugin order. */
export function additionalSections(
  report: PublishedReportModel,
  plugins: readonly LoadedPlugin[],
  onFailure: (plugin: string, section: string, error: unknown) => void = () => undefined,
): AdditionalReportSection[] {
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
  return sections;
}

/** The report with the plugins' sections after its own parts, as exporters receive it. */
export function reportWithPluginSections(
  report: PublishedReportModel,
  plugins: readonly LoadedPlugin[],
  onFailure?: (plugin: string, section: string, error: unknown) => void,
): PublishedReportModel {
  return withAdditionalSections(report, additionalSections(report, plugins, onFailure));
}
