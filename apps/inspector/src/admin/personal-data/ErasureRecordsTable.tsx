// Every erasure of personal data made, newest first: whose, when, by whom or by the retention rule, and what.
import type { ResultOf } from '@scrutiny/graphql-client';
import { Table } from '@scrutiny/ui';
import type { PersonalDataHeldQuery } from '../retention-documents.ts';
import { longDate } from './retention-dates.ts';

type ErasureRecord = ResultOf<typeof PersonalDataHeldQuery>['erasureRecords'][number];

export function ErasureRecordsTable({ records }: { records: readonly ErasureRecord[] }) {
  return (
    <Table
      caption={{ text: 'Erasures of personal data, newest first', size: 'hidden' }}
      region={{ label: 'Erasures of personal data' }}
      testId="erasure-records"
      rows={records}
      columns={[
        { header: 'Inspection', rowHeader: true, cell: (record) => record.inspectionTitle },
        { header: 'Erased', cell: (record) => longDate(record.erasedAt) },
        {
          header: 'By',
          cell: (record) =>
            record.trigger === 'CHIEF_INSPECTOR'
              ? `${record.erasedByName ?? 'A chief inspector'}: ${record.reason ?? ''}`
              : `The retention rule (${record.retentionMonths ?? '?'} months after publication)`,
        },
        {
          header: 'What was erased',
          cell: (record) => (
            <ul className="govuk-list govuk-!-margin-0">
              {record.counts
                .filter((c) => c.count > 0)
                .map((c) => (
                  <li key={c.kind}>
                    {c.count} {c.label}
                  </li>
                ))}
            </ul>
          ),
        },
      ]}
    />
  );
}
