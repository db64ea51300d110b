// The programme's table of every area against the three-year cycle: its standing, when it was last inspected, the
// follow-up it is due a year after an inspection that raised concerns, and its comparison group's year.
import type { ResultOf } from '@scrutiny/graphql-client';
import { TableRegion } from '@scrutiny/ui';
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
    <TableRegion label="Areas against the cycle">
      <table className="govuk-table">
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Area
            </th>
            <th scope="col" className="govuk-table__header">
              Standing
            </th>
            <th scope="col" className="govuk-table__header">
              Last inspected
            </th>
            <th scope="col" className="govuk-table__header">
              Follow-up
            </th>
            <th scope="col" className="govuk-table__header">
              Comparison group in {year}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {areas.map((row) => (
            <tr className="govuk-table__row" key={row.area.id}>
              <td className="govuk-table__cell">{row.area.name}</td>
              <td className="govuk-table__cell">
                <strong className={`govuk-tag ${STANDING[row.standing]?.tag ?? ''}`}>
                  {STANDING[row.standing]?.label ?? row.standing}
                </strong>
              </td>
              <td className="govuk-table__cell">{row.lastInspectedYear ?? 'Never'}</td>
              <td className="govuk-table__cell">
                <FollowUpCell followUp={row.followUp} />
              </td>
              <td className="govuk-table__cell">
                {row.area.comparisonGroup
                  ? row.sharesYearWith.length > 0
                    ? `${row.area.comparisonGroup.name}: ${row.sharesYearWith.map((a) => a.name).join(', ')}`
                    : `${row.area.comparisonGroup.name}: no other area this year`
                  : 'In no group'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
