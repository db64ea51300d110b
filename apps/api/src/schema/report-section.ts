// Sections plugins add to the published report, for the board to render after the report's own parts. They are
// built from the report as the public reads it, so they show a signed-in reader nothing more than anyone else.
import type { AdditionalReportSection } from '@scrutiny/domain';
import { builder } from '../builder.ts';

type ReportTable = NonNullable<AdditionalReportSection['table']>;

const AdditionalReportRowRef = builder.objectRef<readonly string[]>('AdditionalReportTableRow').implement({
  description: 'One row of a plugin’s report table, a cell per column.',
  fields: (t) => ({ cells: t.stringList({ resolve: (row) => [...row] }) }),
});

const AdditionalReportTableRef = builder.objectRef<ReportTable>('AdditionalReportTable').implement({
  description: 'A table of a plugin’s report section: text cells, a row per entry.',
  fields: (t) => ({
    caption: t.exposeString('caption'),
    columns: t.exposeStringList('columns'),
    rows: t.field({ type: [AdditionalReportRowRef], resolve: (table) => table.rows }),
  }),
});

export const AdditionalReportSectionRef = builder
  .objectRef<AdditionalReportSection>('AdditionalReportSection')
  .implement({
    description: 'A section a plugin adds to the published report, after its own parts.',
    fields: (t) => ({
      key: t.exposeString('key', { description: 'Unique across plugins; the section’s anchor is additional-<key>.' }),
      title: t.exposeString('title'),
      plugin: t.exposeString('plugin', { description: 'The plugin that contributed it.' }),
      paragraphs: t.exposeStringList('paragraphs', { description: 'Inline Markdown, one paragraph each.' }),
      table: t.field({ type: AdditionalReportTableRef, nullable: true, resolve: (section) => section.table }),
    }),
  });
