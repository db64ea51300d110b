// One criterion of the report: its text, its figures and their changes.
import {
  DIRECTION_LABEL,
  significanceText,
  type CriterionPart,
  type MeasureFigure,
  type PublishedReportModel,
  type ReportChange,
  type ScoreTable,
} from '@scrutiny/domain';
import { FigureText, IntervalText } from '../../components/FigureText.tsx';
import { InlineMarkdown, Table } from '@scrutiny/ui';
import { formatChangePoints } from '../../figures/percent.ts';

export function CriterionSection({ report, criterion }: { report: PublishedReportModel; criterion: CriterionPart }) {
  const { labels } = report;
  const headingId = `criterion-${criterion.code}`;
  const score = criterion.score;
  return (
    <section aria-labelledby={headingId} className="board-criterion">
      <h3 className="govuk-heading-m" id={headingId}>
        {criterion.code} {criterion.title}
      </h3>
      {score ? (
        <CriterionScoreTable code={criterion.code} score={score} labels={labels} />
      ) : (
        <p className="govuk-body">This criterion was not scored in this inspection.</p>
      )}
      <h4 className="govuk-heading-s">Description</h4>
      <p className="govuk-body board-description">{criterion.description}</p>
      {criterion.findings.length > 0 ? (
        <>
          <h4 className="govuk-heading-s">Findings</h4>
          <ul className="govuk-list govuk-list--bullet">
            {criterion.findings.map((f) => (
              <li key={f.id}>
                <InlineMarkdown source={f.text} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {criterion.measures.length > 0 ? (
        <MeasuresTable code={criterion.code} rows={criterion.measures} report={report} />
      ) : null}
      {criterion.goodPractice.map((g) => (
        <div key={g.id} className="govuk-inset-text board-good-practice">
          <h4 className="govuk-heading-s">{g.title}</h4>
          <p className="govuk-body">
            <InlineMarkdown source={g.text} />
          </p>
        </div>
      ))}
    </section>
  );
}

/** The criterion's score: at the original inspection (where the report compares) and now, with its interval. */
function CriterionScoreTable({
  code,
  score,
  labels,
}: {
  code: string;
  score: ScoreTable;
  labels: PublishedReportModel['labels'];
}) {
  const lines = [
    score.original ? { id: 'original', inspection: labels.original, figure: score.original, interval: null } : null,
    { id: 'current', inspection: labels.current, figure: score.current, interval: score.current.interval },
  ].filter((line) => line !== null);
  return (
    <Table
      caption={{ text: `${code} score`, size: 's' }}
      className="board-score-table"
      rows={lines}
      columns={[
        { rowHeader: true, cell: (line) => line.inspection },
        {
          cell: (line) => (
            <>
              <FigureText figure={line.figure} />
              {line.interval ? (
                <span className="govuk-body-s board-figure__interval">
                  {' '}
                  95% interval <IntervalText interval={line.interval} />
                </span>
              ) : null}
            </>
          ),
        },
      ]}
    />
  );
}

export function MeasuresTable({
  code,
  rows,
  report,
}: {
  code: string;
  rows: MeasureFigure[];
  report: PublishedReportModel;
}) {
  const hasBaseline = report.summary.comparison !== null;
  const correction = report.summary.comparison?.correction ?? 'NONE';
  return (
    <Table
      caption={{
        text: `${code} measures: share of applicable case files meeting each`,
        size: 's',
        id: `measures-${code}`,
      }}
      className="govuk-table--small-text-until-tablet"
      rows={rows}
      rowKey={(row) => `${row.key}|${row.subsample}`}
      rowProps={(row) => ({ 'data-measure': row.key, 'data-subsample': row.subsample })}
      columns={[
        { header: 'Measure', rowHeader: true, cellClassName: 'board-measure-text', cell: (row) => row.text },
        { header: 'Cases', cell: (row) => row.subsampleLabel },
        hasBaseline && {
          header: report.labels.original,
          cell: (row) => (row.original ? <FigureText figure={row.original} /> : '–'),
        },
        { header: report.labels.current, cell: (row) => <FigureText figure={row.current} /> },
        { header: '95% interval', cell: (row) => <IntervalText interval={row.current.interval} /> },
        hasBaseline && { header: 'Change', cell: (row) => (row.change ? <ChangeText change={row.change} /> : '–') },
        hasBaseline && {
          header: 'Significance',
          cell: (row) => (row.change ? significanceText(row.change, correction) : '–'),
        },
      ]}
    />
  );
}

export function ChangeText({ change }: { change: ReportChange }) {
  return (
    <>
      {formatChangePoints(change.points)} points
      <br />
      <span className="govuk-body-s">{DIRECTION_LABEL[change.direction]}</span>
    </>
  );
}
