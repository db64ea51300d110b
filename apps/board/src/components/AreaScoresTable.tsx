// Areas' latest published criterion scores side by side, a row an area and a column a criterion: the similar areas'
// tables (peers/PeerComparison.tsx) and the national picture's table of every area (national/EveryAreaTable.tsx).
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { TableRegion } from '@scrutiny/ui';
import type { Figure } from '../figures/percent.ts';
import { FigureText } from './FigureText.tsx';

export interface AreaScoresRow {
  area: { id: string; code: string; name: string; region?: string };
  inspection: { id: string; title: string } | null;
  criterionScores: readonly (Figure & { code: string })[];
  /** The kind of inspection, in its own column, where the table has one. */
  kind?: string;
}

export function AreaScoresTable({
  captionId,
  caption,
  captionSize,
  codes,
  rows,
  areaCode,
  kindColumn = false,
}: {
  captionId: string;
  caption: ReactNode;
  captionSize: 's' | 'm';
  /** The criteria, one column each. */
  codes: readonly string[];
  rows: readonly AreaScoresRow[];
  /** The reader's own area, marked as such. */
  areaCode: string;
  kindColumn?: boolean;
}) {
  return (
    <TableRegion labelledBy={captionId}>
      <table className="govuk-table govuk-table--small-text-until-tablet">
        <caption className={`govuk-table__caption govuk-table__caption--${captionSize}`} id={captionId}>
          {caption}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Area
            </th>
            <th scope="col" className="govuk-table__header">
              Inspection
            </th>
            {kindColumn ? (
              <th scope="col" className="govuk-table__header">
                Kind
              </th>
            ) : null}
            {codes.map((code) => (
              <th key={code} scope="col" className="govuk-table__header">
                {code}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <AreaScoresTableRow key={row.area.id} row={row} codes={codes} areaCode={areaCode} kindColumn={kindColumn} />
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function AreaScoresTableRow({
  row,
  codes,
  areaCode,
  kindColumn,
}: {
  row: AreaScoresRow;
  codes: readonly string[];
  areaCode: string;
  kindColumn: boolean;
}) {
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        {row.area.name}
        {row.area.code === areaCode ? ' (your area)' : ''}
        {row.area.region === undefined ? null : (
          <>
            <br />
            <span className="govuk-body-s">{row.area.region}</span>
          </>
        )}
      </th>
      <td className="govuk-table__cell">
        {row.inspection ? (
          <Link className="govuk-link" to={`/reports/${encodeURIComponent(row.inspection.id)}`}>
            {row.inspection.title}
          </Link>
        ) : (
          'None published'
        )}
      </td>
      {kindColumn ? <td className="govuk-table__cell">{row.kind ?? '–'}</td> : null}
      {codes.map((code) => {
        const score = row.criterionScores.find((s) => s.code === code);
        return (
          <td key={code} className="govuk-table__cell">
            {score ? <FigureText figure={score} /> : '–'}
          </td>
        );
      })}
    </tr>
  );
}
