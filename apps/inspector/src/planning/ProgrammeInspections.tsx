// The programme's table of the year's inspections: area, kind, quarter and fieldwork dates, lead and status.
import type { ResultOf } from '@scrutiny/graphql-client';
import { TableRegion } from '@scrutiny/ui';
import { Link } from '../routing/router.tsx';
import type { ProgrammeQuery } from '../admin/setup-documents.ts';

type ProgrammeInspection = NonNullable<ResultOf<typeof ProgrammeQuery>['programme']>['inspections'][number];

const day = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'medium', timeZone: 'Europe/London' }) : '–';
const words = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');

function when(i: ProgrammeInspection): string {
  const quarter = i.quarter ? `Quarter ${i.quarter}` : '';
  const fieldwork = i.fieldworkStart ? `${day(i.fieldworkStart)} to ${day(i.fieldworkEnd)}` : '';
  return [quarter, fieldwork].filter(Boolean).join(', ') || '–';
}

export function ProgrammeInspections({
  year,
  inspections,
}: {
  year: number;
  inspections: readonly ProgrammeInspection[];
}) {
  if (inspections.length === 0) return <p className="govuk-body">No inspection is planned for {year} yet.</p>;
  return (
    <TableRegion label={`Inspections in ${year}`}>
      <table className="govuk-table">
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {['Inspection', 'Area', 'Kind', 'When', 'Lead', 'Status'].map((heading) => (
              <th scope="col" className="govuk-table__header" key={heading}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {inspections.map((i) => (
            <tr className="govuk-table__row" key={i.id}>
              <td className="govuk-table__cell">
                <Link to={`/inspections/${i.id}`}>{i.title}</Link>
              </td>
              <td className="govuk-table__cell">{i.area.name}</td>
              <td className="govuk-table__cell">{i.kind === 'FOLLOW_UP' ? 'Follow-up' : 'Full'}</td>
              <td className="govuk-table__cell">{when(i)}</td>
              <td className="govuk-table__cell">{i.lead?.name ?? 'Not yet chosen'}</td>
              <td className="govuk-table__cell">{words(i.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
