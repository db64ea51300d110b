// Every erasure of personal data made, newest first: whose, when, by whom or by the retention rule, and what.
import type { ResultOf } from '@scrutiny/graphql-client';
import { TableRegion } from '@scrutiny/ui';
import type { PersonalDataHeldQuery } from '../retention-documents.ts';
import { longDate } from './retention-dates.ts';

type ErasureRecord = ResultOf<typeof PersonalDataHeldQuery>['erasureRecords'][number];

export function ErasureRecordsTable({ records }: { records: readonly ErasureRecord[] }) {
  return (
    <TableRegion label="Erasures of personal data">
      <table className="govuk-table" data-testid="erasure-records">
        <caption className="govuk-visually-hidden">Erasures of personal data, newest first</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Inspection
            </th>
            <th scope="col" className="govuk-table__header">
              Erased
            </th>
            <th scope="col" className="govuk-table__header">
              By
            </th>
            <th scope="col" className="govuk-table__header">
              What was erased
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {records.map((record) => (
            <tr className="govuk-table__row" key={record.id}>
              <th scope="row" className="govuk-table__header">
                {record.inspectionTitle}
              </th>
              <td className="govuk-table__cell">{longDate(record.erasedAt)}</td>
              <td className="govuk-table__cell">
                {record.trigger === 'CHIEF_INSPECTOR'
                  ? `${record.erasedByName ?? 'A chief inspector'}: ${record.reason ?? ''}`
                  : `The retention rule (${record.retentionMonths ?? '?'} months after publication)`}
              </td>
              <td className="govuk-table__cell">
                <ul className="govuk-list govuk-!-margin-0">
                  {record.counts
                    .filter((c) => c.count > 0)
                    .map((c) => (
                      <li key={c.kind}>
                        {c.count} {c.label}
                      </li>
                    ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
