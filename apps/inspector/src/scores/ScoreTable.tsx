// One subsample's criteria or measures: met, applicable and percentage, beside the baseline, the change, its
// direction and whether it is significant.
import { useId } from 'react';
import { formatPercent, missingFigureText } from '@scrutiny/domain';
import { Table } from '@scrutiny/ui';
import { changeLabel, directionLabel, fraction, significanceLabel, type ScoreRow } from './scores-model.ts';

export function ScoreTable({
  caption,
  firstColumn,
  rows,
  testId,
}: {
  caption: string;
  firstColumn: string;
  rows: readonly ScoreRow[];
  testId?: string;
}) {
  const id = useId();
  if (rows.length === 0) return null;
  return (
    <Table
      caption={{ text: caption, size: 's', id: `${id}-caption` }}
      className="govuk-table--small-text-until-tablet"
      testId={testId}
      rows={rows}
      rowKey={(row) => row.key}
      rowProps={(row) => ({ 'data-figure': row.key })}
      columns={[
        {
          header: firstColumn,
          rowHeader: true,
          cell: (row) => (
            <>
              {row.label}
              {row.smallDenominator ? <span title="Fewer than 5 applicable cases"> *</span> : null}
            </>
          ),
        },
        { header: 'Met', numeric: true, cell: (row) => row.met ?? '–' },
        { header: 'Applicable', numeric: true, cell: (row) => row.applicable ?? '–' },
        {
          header: '%',
          numeric: true,
          cell: (row) => (row.percentage == null ? missingFigureText(row) : formatPercent(row.percentage)),
        },
        {
          header: 'Baseline met / applicable',
          numeric: true,
          cell: ({ comparison: c }) => (
            <>
              {fraction(c?.baselineMet ?? null, c?.baselineApplicable ?? null)}
              {c?.baselineAdjusted ? ' (adjusted)' : ''}
            </>
          ),
        },
        { header: 'Baseline %', numeric: true, cell: (row) => formatPercent(row.comparison?.baselinePercentage) },
        { header: 'Change (points)', numeric: true, cell: (row) => changeLabel(row.comparison) },
        { header: 'Direction', cell: (row) => directionLabel(row.comparison) },
        { header: 'Significance', cell: (row) => significanceLabel(row.comparison) },
      ]}
    />
  );
}
