// Areas' latest published criterion scores side by side, a row an area and a column a criterion: the similar areas'
// tables (peers/PeerComparison.tsx) and the national picture's table of every area (national/EveryAreaTable.tsx).
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Table } from '@scrutiny/ui';
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
    <Table
      caption={{ text: caption, size: captionSize, id: captionId }}
      className="govuk-table--small-text-until-tablet"
      rows={rows}
      rowKey={(row) => row.area.id}
      columns={[
        {
          header: 'Area',
          rowHeader: true,
          cell: (row) => (
            <>
              {row.area.name}
              {row.area.code === areaCode ? ' (your area)' : ''}
              {row.area.region === undefined ? null : (
                <>
                  <br />
                  <span className="govuk-body-s">{row.area.region}</span>
                </>
              )}
            </>
          ),
        },
        {
          header: 'Inspection',
          cell: (row) =>
            row.inspection ? (
              <Link className="govuk-link" to={`/reports/${encodeURIComponent(row.inspection.id)}`}>
                {row.inspection.title}
              </Link>
            ) : (
              'None published'
            ),
        },
        kindColumn && { header: 'Kind', cell: (row) => row.kind ?? '–' },
        ...codes.map((code) => ({
          header: code,
          cell: (row: AreaScoresRow) => {
            const score = row.criterionScores.find((s) => s.code === code);
            return score ? <FigureText figure={score} /> : '–';
          },
        })),
      ]}
    />
  );
}
