// Figures left out of the report's comparisons, with why.
import type { PublishedReportModel } from '@scrutiny/domain';
import { TableRegion } from '@scrutiny/ui';

/** Figures listed with why they have no percentage or no comparison: shown, never dropped. */
export function LeftOutTable({
  caption,
  figures,
}: {
  caption: string;
  figures: PublishedReportModel['summary']['notCompared'];
}) {
  if (figures.length === 0) return null;
  return (
    <TableRegion label={caption}>
      <table className="govuk-table govuk-table--small-text-until-tablet">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Figure
            </th>
            <th scope="col" className="govuk-table__header">
              Cases
            </th>
            <th scope="col" className="govuk-table__header">
              Why
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {figures.map((f) => (
            <tr key={`${f.kind}|${f.key}|${f.subsampleLabel}`} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {f.text}
              </th>
              <td className="govuk-table__cell">{f.subsampleLabel}</td>
              <td className="govuk-table__cell">{f.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
