// Each local unit's rating per standard and overall, as the published report and the live scores page show it.
// A unit with too few case files to publish is withheld, saying why, never shown as a rating.
import { Table } from '../tables/Table.tsx';

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
    <Table
      caption={{ text: caption, size: captionSize }}
      testId="unit-ratings"
      rows={units}
      rowKey={(unit) => unit.unit}
      rowCells={(unit) =>
        unit.withheld ? (
          <>
            <th scope="row" className="govuk-table__header">
              {unit.unit}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{unit.caseFiles}</td>
            <td className="govuk-table__cell" colSpan={standards.length + 1}>
              Withheld: fewer than 5 case files
            </td>
          </>
        ) : null
      }
      columns={[
        { header: 'Local unit', rowHeader: true, cell: (unit) => unit.unit },
        { header: 'Case files', numeric: true, cell: (unit) => unit.caseFiles },
        ...standards.map((standard, index) => ({
          header: standard.code,
          cell: (unit: UnitRatingsRow) => unit.standards[index],
        })),
        { header: 'Overall', cell: (unit) => unit.overall },
      ]}
    />
  );
}
