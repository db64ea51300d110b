// Agreement between assessors and inspectors broken down by one thing (an assessor, a question): answers compared,
// agreed and Cohen's kappa.
import { TableRegion } from '@scrutiny/ui';
import { agreementPercent, type AgreementLike } from '../agreement-text.ts';
import { KappaValue } from './KappaValue.tsx';

export function AgreementTable(props: {
  caption: string;
  first: string;
  rows: readonly (AgreementLike & { key: string; label: string })[];
  empty: string;
}) {
  const th = 'govuk-table__header';
  return (
    <>
      <h2 className="govuk-heading-m">{props.caption}</h2>
      {props.rows.length === 0 ? (
        <p className="govuk-body">{props.empty}</p>
      ) : (
        <TableRegion>
          <table className="govuk-table govuk-table--small-text-until-tablet">
            <caption className="govuk-visually-hidden">{props.caption}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className={th}>
                  {props.first}
                </th>
                <th scope="col" className={`${th} app-numeric`}>
                  Answers compared
                </th>
                <th scope="col" className={`${th} app-numeric`}>
                  Agreed
                </th>
                <th scope="col" className={th}>
                  Cohen’s kappa
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {props.rows.map((row) => (
                <tr className="govuk-table__row" key={row.key}>
                  <th scope="row" className={th}>
                    {row.label}
                  </th>
                  <td className="govuk-table__cell app-numeric">{row.pairs}</td>
                  <td className="govuk-table__cell app-numeric">{agreementPercent(row)}</td>
                  <td className="govuk-table__cell">
                    <KappaValue figure={row} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </>
  );
}
