import { useId } from 'react';
import { formatPercent, describeFigure, type Figure } from '../figures/percent.ts';
import { layoutSlopes } from '../figures/slope-geometry.ts';
import { TableRegion } from '../components/TableRegion.tsx';

export interface SlopeDatum {
  code: string;
  title: string;
  baseline: Figure & { percentage: number };
  current: Figure & { percentage: number };
}

/** Original against follow-up score per criterion, drawn as lines; the table after it carries the same figures. */
export function SlopeChart({
  data,
  baselineLabel,
  currentLabel,
}: {
  data: readonly SlopeDatum[];
  baselineLabel: string;
  currentLabel: string;
}) {
  const id = useId();
  const layout = layoutSlopes(
    data.map((d) => ({ code: d.code, baseline: d.baseline.percentage, current: d.current.percentage })),
  );
  return (
    <figure className="board-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="govuk-body govuk-!-font-weight-bold">
        Criterion scores: {baselineLabel.toLowerCase()} and {currentLabel.toLowerCase()}
      </figcaption>
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="board-chart__svg"
        role="img"
        aria-label={`Slope chart of ${data.length} criterion scores from the ${baselineLabel.toLowerCase()} to the ${currentLabel.toLowerCase()}; the table below gives the same figures.`}
      >
        {layout.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={layout.left} x2={layout.right} y1={tick.y} y2={tick.y} className="board-chart__grid" />
            <text x={layout.width / 2} y={tick.y - 3} className="board-chart__tick" textAnchor="middle">
              {tick.value}%
            </text>
          </g>
        ))}
        <line x1={layout.left} x2={layout.left} y1={layout.top} y2={layout.bottom} className="board-chart__axis" />
        <line x1={layout.right} x2={layout.right} y1={layout.top} y2={layout.bottom} className="board-chart__axis" />
        <text x={layout.left} y={layout.height - 8} textAnchor="middle" className="board-chart__heading">
          {baselineLabel}
        </text>
        <text x={layout.right} y={layout.height - 8} textAnchor="middle" className="board-chart__heading">
          {currentLabel}
        </text>
        {layout.lines.map((line, i) => {
          const datum = data[i]!;
          const falling = line.current < line.baseline;
          return (
            <g key={line.code} className={falling ? 'board-chart__series--falling' : 'board-chart__series'}>
              <line x1={layout.left} y1={line.y1} x2={layout.right} y2={line.y2} className="board-chart__line" />
              <circle cx={layout.left} cy={line.y1} r={4} className="board-chart__dot" />
              <circle cx={layout.right} cy={line.y2} r={4} className="board-chart__dot" />
              <text x={layout.left - 10} y={line.labelY1 + 4} textAnchor="end" className="board-chart__label">
                {line.code} {formatPercent(line.baseline)}
                {datum.baseline.adjusted ? '*' : ''}
              </text>
              <text x={layout.right + 10} y={line.labelY2 + 4} textAnchor="start" className="board-chart__label">
                {formatPercent(line.current)} {line.code}
              </text>
            </g>
          );
        })}
      </svg>
      {data.some((d) => d.baseline.adjusted) ? (
        <p className="govuk-body-s">* Original score adjusted for a like-for-like comparison.</p>
      ) : null}
      <TableRegion>
        <table className="govuk-table board-chart__table">
          <caption className="govuk-table__caption govuk-table__caption--s">Figures shown in the chart</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Criterion
              </th>
              <th scope="col" className="govuk-table__header">
                {baselineLabel}
              </th>
              <th scope="col" className="govuk-table__header">
                {currentLabel}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {data.map((d) => (
              <tr key={d.code} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {d.code} {d.title}
                </th>
                <td className="govuk-table__cell">{describeFigure(d.baseline)}</td>
                <td className="govuk-table__cell">{describeFigure(d.current)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </figure>
  );
}
