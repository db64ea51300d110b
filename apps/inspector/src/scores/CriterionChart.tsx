// Baseline against follow-up score per criterion, drawn as slopes; the table inside the same figure carries every
// figure the chart shows, for screen readers and for anyone who reads numbers more easily than lines.
import { useId } from 'react';
import { formatPercent } from '@scrutiny/domain';
import { layoutSlopes, type SlopeDatum } from './scores-model.ts';
import { TableRegion } from '../components/TableRegion.tsx';

const SERIES: Record<SlopeDatum['direction'], string> = {
  IMPROVED: 'app-chart__series--improved',
  DETERIORATED: 'app-chart__series--deteriorated',
  UNCHANGED: 'app-chart__series--unchanged',
};

export function CriterionChart({
  data,
  baselineLabel,
  currentLabel,
}: {
  data: readonly SlopeDatum[];
  baselineLabel: string;
  currentLabel: string;
}) {
  const id = useId();
  if (data.length === 0) return <p className="govuk-body">No criterion has figures in both inspections yet.</p>;
  const layout = layoutSlopes(data);
  return (
    <figure className="app-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="govuk-body govuk-!-font-weight-bold">
        Criterion scores, whole sample: {baselineLabel} and {currentLabel}
      </figcaption>
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="app-chart__svg"
        role="img"
        aria-label={`Slope chart of ${data.length} criterion scores from the ${baselineLabel} to the ${currentLabel}; the table after it gives the same figures.`}
      >
        {layout.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={layout.left} x2={layout.right} y1={tick.y} y2={tick.y} className="app-chart__grid" />
            <text x={layout.width / 2} y={tick.y - 3} className="app-chart__tick" textAnchor="middle">
              {tick.value}%
            </text>
          </g>
        ))}
        <line x1={layout.left} x2={layout.left} y1={layout.top} y2={layout.bottom} className="app-chart__axis" />
        <line x1={layout.right} x2={layout.right} y1={layout.top} y2={layout.bottom} className="app-chart__axis" />
        <text x={layout.left} y={layout.height - 8} textAnchor="middle" className="app-chart__heading">
          {baselineLabel}
        </text>
        <text x={layout.right} y={layout.height - 8} textAnchor="middle" className="app-chart__heading">
          {currentLabel}
        </text>
        {layout.lines.map((line, i) => {
          const datum = data[i]!;
          return (
            <g key={line.key} className={SERIES[datum.direction]}>
              <line x1={layout.left} y1={line.y1} x2={layout.right} y2={line.y2} className="app-chart__line" />
              <circle cx={layout.left} cy={line.y1} r={4} className="app-chart__dot" />
              <circle cx={layout.right} cy={line.y2} r={4} className="app-chart__dot" />
              <text x={layout.left - 10} y={line.labelY1 + 4} textAnchor="end" className="app-chart__label">
                {datum.key} {formatPercent(datum.baseline)}
              </text>
              <text x={layout.right + 10} y={line.labelY2 + 4} textAnchor="start" className="app-chart__label">
                {formatPercent(datum.current)} {datum.key}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="govuk-body-s">
        Solid lines rose, dashed lines fell, dotted lines did not change at the published precision.
      </p>
      <TableRegion>
        <table className="govuk-table govuk-table--small-text-until-tablet">
          <caption className="govuk-table__caption govuk-table__caption--s">Figures shown in the chart</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Criterion
              </th>
              <th scope="col" className="govuk-table__header app-numeric">
                {baselineLabel}
              </th>
              <th scope="col" className="govuk-table__header app-numeric">
                {currentLabel}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {data.map((d) => (
              <tr key={d.key} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {d.label}
                </th>
                <td className="govuk-table__cell app-numeric">{formatPercent(d.baseline)}</td>
                <td className="govuk-table__cell app-numeric">{formatPercent(d.current)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </figure>
  );
}
