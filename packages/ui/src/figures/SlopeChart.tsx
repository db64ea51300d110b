// Original against follow-up score per criterion, drawn as slopes, with a table inside the same figure that carries
// every figure the chart shows (for screen readers, and for anyone who reads numbers more easily than lines).
// Direction shows in line style as well as colour, so the chart reads without colour too.
import { useId } from 'react';
import { describeFigure, directionOfChange, formatPercent, type Direction, type FigureLike } from '@scrutiny/domain';
import { layoutSlopes } from './slope-geometry.ts';
import { TableRegion } from '../tables/TableRegion.tsx';

export interface SlopeDatum {
  code: string;
  title: string;
  baseline: FigureLike & { percentage: number };
  current: FigureLike & { percentage: number };
  /** The change as the API or report model gives it; the domain's rule at the published precision otherwise. */
  direction?: Direction;
}

const SERIES: Record<Direction, string> = {
  IMPROVED: 'ui-chart__series--improved',
  DETERIORATED: 'ui-chart__series--deteriorated',
  UNCHANGED: 'ui-chart__series--unchanged',
};

export function SlopeChart({
  data,
  caption,
  baselineLabel,
  currentLabel,
}: {
  data: readonly SlopeDatum[];
  caption: string;
  baselineLabel: string;
  currentLabel: string;
}) {
  const id = useId();
  if (data.length === 0) return <p className="govuk-body">No criterion has figures in both inspections yet.</p>;
  const layout = layoutSlopes(
    data.map((d) => ({ code: d.code, baseline: d.baseline.percentage, current: d.current.percentage })),
  );
  return (
    <figure className="ui-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="govuk-body govuk-!-font-weight-bold">
        {caption}
      </figcaption>
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="ui-chart__svg"
        role="img"
        aria-label={`Slope chart of ${data.length} criterion scores from the ${baselineLabel.toLowerCase()} to the ${currentLabel.toLowerCase()}; the table after it gives the same figures.`}
      >
        {layout.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={layout.left} x2={layout.right} y1={tick.y} y2={tick.y} className="ui-chart__grid" />
            <text x={layout.width / 2} y={tick.y - 3} className="ui-chart__tick" textAnchor="middle">
              {tick.value}%
            </text>
          </g>
        ))}
        <line x1={layout.left} x2={layout.left} y1={layout.top} y2={layout.bottom} className="ui-chart__axis" />
        <line x1={layout.right} x2={layout.right} y1={layout.top} y2={layout.bottom} className="ui-chart__axis" />
        <text x={layout.left} y={layout.height - 8} textAnchor="middle" className="ui-chart__heading">
          {baselineLabel}
        </text>
        <text x={layout.right} y={layout.height - 8} textAnchor="middle" className="ui-chart__heading">
          {currentLabel}
        </text>
        {layout.lines.map((line, i) => {
          const datum = data[i]!;
          const direction = datum.direction ?? directionOfChange(datum.baseline.percentage, datum.current.percentage);
          return (
            <g key={line.code} className={SERIES[direction]}>
              <line x1={layout.left} y1={line.y1} x2={layout.right} y2={line.y2} className="ui-chart__line" />
              <circle cx={layout.left} cy={line.y1} r={4} className="ui-chart__dot" />
              <circle cx={layout.right} cy={line.y2} r={4} className="ui-chart__dot" />
              <text x={layout.left - 10} y={line.labelY1 + 4} textAnchor="end" className="ui-chart__label">
                {line.code} {formatPercent(line.baseline)}
                {datum.baseline.adjusted ? '*' : ''}
              </text>
              <text x={layout.right + 10} y={line.labelY2 + 4} textAnchor="start" className="ui-chart__label">
                {formatPercent(line.current)} {line.code}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="govuk-body-s">
        Solid lines rose, dashed lines fell, dotted lines did not change at the published precision.
        {data.some((d) => d.baseline.adjusted) ? ' * Original score adjusted for a like-for-like comparison.' : ''}
      </p>
      <TableRegion>
        <table className="govuk-table govuk-table--small-text-until-tablet">
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
