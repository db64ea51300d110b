// The baseline's recommendations a follow-up judged progress on.
import type { PublishedReportModel } from '@scrutiny/domain';
import { TableRegion } from '@scrutiny/ui';

export function FollowedUpRecommendations({
  items,
}: {
  items: NonNullable<PublishedReportModel['reasons']>['recommendations'];
}) {
  return (
    <TableRegion>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Recommendations followed up</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Number
            </th>
            <th scope="col" className="govuk-table__header">
              Recommendation
            </th>
            <th scope="col" className="govuk-table__header">
              Progress found
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {items.map((item) => (
            <tr key={item.number} className="govuk-table__row">
              <td className="govuk-table__cell">{item.number}</td>
              <td className="govuk-table__cell">{item.text}</td>
              <td className="govuk-table__cell">
                {item.judgementLabel}
                {item.comment ? <p className="govuk-body-s">{item.comment}</p> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
