// One comparable group's criterion scores: the area's own beside the group's median, range and the cases of all its
// areas together, for the whole sample and the high risk of harm subsample.
import { TableRegion } from '@scrutiny/ui';
import { FigureText } from '../components/FigureText.tsx';
import { formatPercent, type Figure } from '../figures/percent.ts';
import { describeStanding } from './standing.ts';
import { lowerFirst, range, SUBSAMPLE_LABEL, type NationalCriterion, type NationalGroup } from './national-picture.ts';

export interface NationalRow {
  subsample: string;
  criterion: NationalCriterion;
  score: Figure | undefined;
}

export function NationalGroupTable({
  headingId,
  group,
  member,
  rows,
}: {
  headingId: string;
  group: NationalGroup;
  /** Whether the reader's area is in the group: only then are its scores and positions shown. */
  member: boolean;
  rows: readonly NationalRow[];
}) {
  return (
    <TableRegion labelledBy={`${headingId}-caption`}>
      <table className="govuk-table govuk-table--small-text-until-tablet">
        <caption className="govuk-table__caption govuk-table__caption--s" id={`${headingId}-caption`}>
          {member
            ? `Your area’s latest published scores against the group’s: ${lowerFirst(group.heading)}`
            : `Scores across the group: ${lowerFirst(group.heading)}`}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Criterion
            </th>
            <th scope="col" className="govuk-table__header">
              Cases
            </th>
            {member && (
              <>
                <th scope="col" className="govuk-table__header">
                  Your area
                </th>
                <th scope="col" className="govuk-table__header">
                  Position
                </th>
              </>
            )}
            <th scope="col" className="govuk-table__header">
              Median of areas
            </th>
            <th scope="col" className="govuk-table__header">
              Lowest to highest
            </th>
            <th scope="col" className="govuk-table__header">
              All areas’ cases together
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <NationalGroupRow key={`${row.criterion.code}|${row.subsample}`} row={row} member={member} />
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function NationalGroupRow({ row: { subsample, criterion, score }, member }: { row: NationalRow; member: boolean }) {
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        {criterion.code} {criterion.title}
      </th>
      <td className="govuk-table__cell">{SUBSAMPLE_LABEL[subsample] ?? subsample}</td>
      {member && (
        <>
          <td className="govuk-table__cell">{score ? <FigureText figure={score} /> : 'None published'}</td>
          <td className="govuk-table__cell">{describeStanding(criterion.standing)}</td>
        </>
      )}
      <td className="govuk-table__cell">{formatPercent(criterion.median)}</td>
      <td className="govuk-table__cell">{range(criterion)}</td>
      <td className="govuk-table__cell">
        {criterion.pooledPercentage == null ? (
          'Not all counts known'
        ) : (
          <FigureText
            figure={{
              percentage: criterion.pooledPercentage,
              met: criterion.pooledMet,
              applicable: criterion.pooledApplicable,
            }}
          />
        )}
      </td>
    </tr>
  );
}
