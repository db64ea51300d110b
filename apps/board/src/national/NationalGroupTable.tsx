// One comparable group's criterion scores: the area's own beside the group's median, range and the cases of all its
// areas together, for the whole sample and the high risk of harm subsample.
import { Table } from '@scrutiny/ui';
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
    <Table
      caption={{
        text: member
          ? `Your area’s latest published scores against the group’s: ${lowerFirst(group.heading)}`
          : `Scores across the group: ${lowerFirst(group.heading)}`,
        size: 's',
        id: `${headingId}-caption`,
      }}
      className="govuk-table--small-text-until-tablet"
      rows={rows}
      rowKey={(row) => `${row.criterion.code}|${row.subsample}`}
      columns={[
        { header: 'Criterion', rowHeader: true, cell: (row) => `${row.criterion.code} ${row.criterion.title}` },
        { header: 'Cases', cell: (row) => SUBSAMPLE_LABEL[row.subsample] ?? row.subsample },
        member && {
          header: 'Your area',
          cell: (row) => (row.score ? <FigureText figure={row.score} /> : 'None published'),
        },
        member && { header: 'Position', cell: (row) => describeStanding(row.criterion.standing) },
        { header: 'Median of areas', cell: (row) => formatPercent(row.criterion.median) },
        { header: 'Lowest to highest', cell: (row) => range(row.criterion) },
        {
          header: 'All areas’ cases together',
          cell: ({ criterion }) =>
            criterion.pooledPercentage == null ? (
              'Not all counts known'
            ) : (
              <FigureText
                figure={{
                  percentage: criterion.pooledPercentage,
                  met: criterion.pooledMet,
                  applicable: criterion.pooledApplicable,
                }}
              />
            ),
        },
      ]}
    />
  );
}
