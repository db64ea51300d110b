// One subsample's criteria or measures: met, applicable and percentage, beside the baseline, the change, its
// direction and whether it is significant.
import { useId } from 'react';
import { formatPercent } from '@scrutiny/domain';
import { changeLabel, directionLabel, fraction, significanceLabel, type ScoreRow } from './scores-model.ts';
import { TableRegion } from '@scrutiny/ui';

export function ScoreTable({
  caption,
  firstColumn,
  rows,
  testId,
}: {
  caption: string;
  firstColumn: string;
  rows: readonly ScoreRow[];
  testId?: string;
}) {
  const id = useId();
  if (rows.length === 0) return null;
  const th = 'govuk-table__header';
  const num = `${th} app-numeric`;
  const td = 'govuk-table__cell app-numeric';
  return (
    <TableRegion labelledBy={`${id}-caption`}>
      <table className="govuk-table govuk-table--small-text-until-tablet" data-testid={testId}>
        <caption id={`${id}-caption`} className="govuk-table__caption govuk-table__caption--s">
          {caption}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className={th}>
              {firstColumn}
            </th>
            <th scope="col" className={num}>
              Met
            </th>
            <th scope="col" className={num}>
              Applicable
            </th>
            <th scope="col" className={num}>
              %
            </th>
            <th scope="col" className={num}>
              Baseline met / applicable
            </th>
            <th scope="col" className={num}>
              Baseline %
            </th>
            <th scope="col" className={num}>
              Change (points)
            </th>
            <th scope="col" className={th}>
              Direction
            </th>
            <th scope="col" className={th}>
              Significance
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => {
            const c = row.comparison;
            return (
              <tr className="govuk-table__row" key={row.key} data-figure={row.key}>
                <th scope="row" className={th}>
                  {row.label}
                  {row.smallDenominator ? <span title="Fewer than 5 applicable cases"> *</span> : null}
                </th>
                <td className={td}>{row.met ?? '–'}</td>
                <td className={td}>{row.applicable ?? '–'}</td>
                <td className={td}>{formatPercent(row.percentage)}</td>
                <td className={td}>
                  {fraction(c?.baselineMet ?? null, c?.baselineApplicable ?? null)}
                  {c?.baselineAdjusted ? ' (adjusted)' : ''}
                </td>
                <td className={td}>{formatPercent(c?.baselinePercentage)}</td>
                <td className={td}>{changeLabel(c)}</td>
                <td className="govuk-table__cell">{directionLabel(c)}</td>
                <td className="govuk-table__cell">{significanceLabel(c)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
