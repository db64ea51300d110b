// Figures left out of the report's comparisons, with why.
import type { PublishedReportModel } from '@scrutiny/domain';
import { Table } from '@scrutiny/ui';

/** Figures listed with why they have no percentage or no comparison: shown, never dropped. */
export function LeftOutTable({
  caption,
  figures,
}: {
  caption: string;
  figures: PublishedReportModel['summary']['notCompared'];
}) {
  if (figures.length === 0) return null;
  return (
    <Table
      caption={{ text: caption, size: 's' }}
      className="govuk-table--small-text-until-tablet"
      rows={figures}
      rowKey={(f) => `${f.kind}|${f.key}|${f.subsampleLabel}`}
      columns={[
        { header: 'Figure', rowHeader: true, cell: (f) => f.text },
        { header: 'Cases', cell: (f) => f.subsampleLabel },
        { header: 'Why', cell: (f) => f.reason },
      ]}
    />
  );
}
