// The personal data each inspection still holds (case files, comments, case list rows) and when it is erased; a chief
// inspector may erase a published inspection's now.
import type { ResultOf } from '@scrutiny/graphql-client';
import { TableRegion } from '@scrutiny/ui';
import { humanise } from '../../labels.ts';
import { Link } from '../../routing/router.tsx';
import type { PersonalDataHeldQuery } from '../retention-documents.ts';
import { longDate } from './retention-dates.ts';

type Holding = ResultOf<typeof PersonalDataHeldQuery>['personalDataHoldings'][number];

export function HoldingsTable({ holdings, chief }: { holdings: readonly Holding[]; chief: boolean }) {
  return (
    <TableRegion label="Personal data held, by inspection">
      <table className="govuk-table" data-testid="personal-data-held">
        <caption className="govuk-table__caption govuk-table__caption--m">By inspection</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Inspection
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Case files
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Comments
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Case list rows
            </th>
            <th scope="col" className="govuk-table__header">
              Erasure
            </th>
            {chief ? (
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Action</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {holdings.map((held) => (
            <HoldingRow key={held.inspection.id} held={held} chief={chief} />
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function HoldingRow({ held, chief }: { held: Holding; chief: boolean }) {
  const name = `${held.inspection.area.name}, ${held.inspection.title} (${held.inspection.year})`;
  return (
    <tr className="govuk-table__row" key={held.inspection.id}>
      <th scope="row" className="govuk-table__header">
        {name}
      </th>
      <td className="govuk-table__cell">{humanise(held.inspection.status)}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{held.caseFiles}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{held.comments}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{held.caseListRows}</td>
      <td className="govuk-table__cell">
        {held.erasure
          ? `Erased on ${longDate(held.erasure.erasedAt)}`
          : held.erasureDue
            ? `Due on ${longDate(held.erasureDue)}`
            : held.inspection.evidence === 'RECORDED_FIGURES'
              ? 'No case files: figures recorded from its report'
              : 'Kept until published, then for the retention period'}
      </td>
      {chief ? (
        <td className="govuk-table__cell">
          {held.inspection.status === 'PUBLISHED' && !held.erasure ? (
            <Link to={`/admin/personal-data/erase/${encodeURIComponent(held.inspection.id)}`}>
              Erase now<span className="govuk-visually-hidden"> the personal data of {name}</span>
            </Link>
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}
