// Each local unit's rating per standard and overall, as the published report and the live scores page show it.
// A unit with too few case files to publish is withheld, saying why, never shown as a rating.
import { TableRegion } from '../tables/TableRegion.tsx';

export interface UnitRatingsRow {
  unit: string;
  caseFiles: number;
  /** Withheld from this reader: fewer case files than may be published. */
  withheld?: boolean;
  /** One rating label per standard, in the order of `standards`. */
  standards: readonly string[];
  overall: string;
}

export function UnitRatingsTable({
  caption,
  captionSize,
  standards,
  units,
}: {
  caption: string;
  captionSize: 's' | 'm';
  standards: readonly { code: string }[];
  units: readonly UnitRatingsRow[];
}) {
  return (
    <TableRegion>
      <table className="govuk-table" data-testid="unit-ratings">
        <caption className={`govuk-table__caption govuk-table__caption--${captionSize}`}>{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Local unit
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Case files
            </th>
            {standards.map((standard) => (
              <th key={standard.code} scope="col" className="govuk-table__header">
                {standard.code}
              </th>
            ))}
            <th scope="col" className="govuk-table__header">
              Overall
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {units.map((unit) => (
            <tr key={unit.unit} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {unit.unit}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{unit.caseFiles}</td>
              {unit.withheld ? (
                <td className="govuk-table__cell" colSpan={standards.length + 1}>
                  Withheld: fewer than 5 case files
                </td>
              ) : (
                <>
                  {standards.map((standard, index) => (
                    <td key={standard.code} className="govuk-table__cell">
                      {unit.standards[index]}
                    </td>
                  ))}
                  <td className="govuk-table__cell">{unit.overall}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
