// The programme's table of the year's inspections: area, kind, quarter and fieldwork dates, lead and status.
import type { ResultOf } from '@scrutiny/graphql-client';
import { Table } from '@scrutiny/ui';
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
    <Table
      caption={{ text: `Inspections in ${year}`, size: 'hidden' }}
      rows={inspections}
      columns={[
        { header: 'Inspection', cell: (i) => <Link to={`/inspections/${i.id}`}>{i.title}</Link> },
        { header: 'Area', cell: (i) => i.area.name },
        { header: 'Kind', cell: (i) => (i.kind === 'FOLLOW_UP' ? 'Follow-up' : 'Full') },
        { header: 'When', cell: when },
        { header: 'Lead', cell: (i) => i.lead?.name ?? 'Not yet chosen' },
        { header: 'Status', cell: (i) => words(i.status) },
      ]}
    />
  );
}
