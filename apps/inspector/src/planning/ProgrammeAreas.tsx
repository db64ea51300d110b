// The programme's table of every area against the three-year cycle: its standing, when it was last inspected, the
// follow-up it is due a year after an inspection that raised concerns, and its comparison group's year.
import type { ResultOf } from '@scrutiny/graphql-client';
import { Table } from '@scrutiny/ui';
import type { ProgrammeQuery } from '../admin/setup-documents.ts';

type ProgrammeArea = NonNullable<ResultOf<typeof ProgrammeQuery>['programme']>['areas'][number];

const STANDING: Record<string, { label: string; tag: string }> = {
  PLANNED: { label: 'Planned', tag: 'govuk-tag--blue' },
  INSPECTED: { label: 'Inspected', tag: 'govuk-tag--green' },
  OVERDUE: { label: 'Overdue', tag: 'govuk-tag--red' },
  NOT_PLANNED: { label: 'Not planned', tag: 'govuk-tag--grey' },
};

const FOLLOW_UP: Record<string, { label: string; tag: string }> = {
  DUE: { label: 'Follow-up due', tag: 'govuk-tag--yellow' },
  OVERDUE: { label: 'Follow-up overdue', tag: 'govuk-tag--red' },
  PLANNED: { label: 'Follow-up planned', tag: 'govuk-tag--blue' },
};

function FollowUpCell({ followUp }: { followUp: ProgrammeArea['followUp'] }) {
  if (!followUp) return <>None due</>;
  const shown = FOLLOW_UP[followUp.standing] ?? { label: followUp.standing, tag: '' };
  return (
    <>
      <strong className={`govuk-tag ${shown.tag}`}>{shown.label}</strong>{' '}
      <span className="govuk-body-s">
        {followUp.dueYear}, after {followUp.inspection.title}
      </span>
    </>
  );
}

export function ProgrammeAreas({ year, areas }: { year: number; areas: readonly ProgrammeArea[] }) {
  return (
    <Table
      caption={{ text: 'Areas against the cycle', size: 'hidden' }}
      rows={areas}
      rowKey={(row) => row.area.id}
      columns={[
        { header: 'Area', cell: (row) => row.area.name },
        {
          header: 'Standing',
          cell: (row) => (
            <strong className={`govuk-tag ${STANDING[row.standing]?.tag ?? ''}`}>
              {STANDING[row.standing]?.label ?? row.standing}
            </strong>
          ),
        },
        { header: 'Last inspected', cell: (row) => row.lastInspectedYear ?? 'Never' },
        { header: 'Follow-up', cell: (row) => <FollowUpCell followUp={row.followUp} /> },
        {
          header: `Comparison group in ${year}`,
          cell: (row) =>
            row.area.comparisonGroup
              ? row.sharesYearWith.length > 0
                ? `${row.area.comparisonGroup.name}: ${row.sharesYearWith.map((a) => a.name).join(', ')}`
                : `${row.area.comparisonGroup.name}: no other area this year`
              : 'In no group',
        },
      ]}
    />
  );
}
