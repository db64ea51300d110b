// Agreement between assessors and inspectors broken down by one thing (an assessor, a question): answers compared,
// agreed and Cohen's kappa.
import { Table } from '@scrutiny/ui';
import { agreementPercent, type AgreementLike } from '../agreement-text.ts';
import { KappaValue } from './KappaValue.tsx';

export function AgreementTable(props: {
  caption: string;
  first: string;
  rows: readonly (AgreementLike & { key: string; label: string })[];
  empty: string;
}) {
  return (
    <>
      <h2 className="govuk-heading-m">{props.caption}</h2>
      {props.rows.length === 0 ? (
        <p className="govuk-body">{props.empty}</p>
      ) : (
        <Table
          caption={{ text: props.caption, size: 'hidden' }}
          className="govuk-table--small-text-until-tablet"
          rows={props.rows}
          rowKey={(row) => row.key}
          columns={[
            { header: props.first, rowHeader: true, cell: (row) => row.label },
            { header: 'Answers compared', numeric: true, cell: (row) => row.pairs },
            { header: 'Agreed', numeric: true, cell: (row) => agreementPercent(row) },
            { header: 'Cohen’s kappa', cell: (row) => <KappaValue figure={row} /> },
          ]}
        />
      )}
    </>
  );
}
