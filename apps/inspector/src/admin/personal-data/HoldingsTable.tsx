// The personal data each inspection still holds (case files, comments, case list rows) and when it is erased; a chief
// inspector may erase a published inspection's now.
import type { ResultOf } from '@scrutiny/graphql-client';
import { Table } from '@scrutiny/ui';
import { humanise } from '../../labels.ts';
import { Link } from '../../routing/router.tsx';
import type { PersonalDataHeldQuery } from '../retention-documents.ts';
import { longDate } from './retention-dates.ts';

type Holding = ResultOf<typeof PersonalDataHeldQuery>['personalDataHoldings'][number];

export function HoldingsTable({ holdings, chief }: { holdings: readonly Holding[]; chief: boolean }) {
  return (
    <Table
      caption={{ text: 'By inspection', size: 'm' }}
      region={{ label: 'Personal data held, by inspection' }}
      testId="personal-data-held"
      rows={holdings}
      rowKey={(held) => held.inspection.id}
      columns={[
        { header: 'Inspection', rowHeader: true, cell: (held) => holdingName(held) },
        { header: 'Status', cell: (held) => humanise(held.inspection.status) },
        { header: 'Case files', numeric: true, cell: (held) => held.caseFiles },
        { header: 'Comments', numeric: true, cell: (held) => held.comments },
        { header: 'Case list rows', numeric: true, cell: (held) => held.caseListRows },
        {
          header: 'Erasure',
          cell: (held) =>
            held.erasure
              ? `Erased on ${longDate(held.erasure.erasedAt)}`
              : held.erasureDue
                ? `Due on ${longDate(held.erasureDue)}`
                : held.inspection.evidence === 'RECORDED_FIGURES'
                  ? 'No case files: figures recorded from its report'
                  : 'Kept until published, then for the retention period',
        },
        chief && {
          header: <span className="govuk-visually-hidden">Action</span>,
          cell: (held) =>
            held.inspection.status === 'PUBLISHED' && !held.erasure ? (
              <Link to={`/admin/personal-data/erase/${encodeURIComponent(held.inspection.id)}`}>
                Erase now<span className="govuk-visually-hidden"> the personal data of {holdingName(held)}</span>
              </Link>
            ) : null,
        },
      ]}
    />
  );
}

const holdingName = (held: Holding) =>
  `${held.inspection.area.name}, ${held.inspection.title} (${held.inspection.year})`;
