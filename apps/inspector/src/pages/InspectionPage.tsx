// An inspection for its inspectors: assessment progress, the case files with their assessors, and the live
// scores against the baseline. The API has no subscriptions yet, so the page polls every few seconds.
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { InspectionQuery } from '../documents.ts';
import { fileStatusLabel, humanise, percent, points, riskLabel } from '../labels.ts';
import { Link } from '../routing/router.tsx';
import { scoreRows, type Figure, type ScoreLike } from './score-rows.ts';

export const POLL_MILLISECONDS = 5000;

export function InspectionPage({ id }: { id: string }) {
  const [result, refetch] = useQuery({ query: InspectionQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const inspection = result.data?.inspection ?? null;

  useEffect(() => {
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), POLL_MILLISECONDS);
    return () => clearInterval(timer);
  }, [refetch]);
  useEffect(() => {
    document.title = `${inspection?.title ?? 'Inspection'} – Scrutiny`;
  }, [inspection?.title]);

  if (!inspection) {
    if (result.fetching || !result.data) return <p className="govuk-body">Loading…</p>;
    return (
      <>
        <h1 className="govuk-heading-l">Inspection not found</h1>
        <p className="govuk-body">It does not exist, or you are not on its team.</p>
      </>
    );
  }

  const files = inspection.caseFiles.edges.map((e) => e.node);
  const figures = inspection.comparison?.figures ?? [];
  const progress = inspection.progress;

  return (
    <>
      <span className="govuk-caption-l">
        {inspection.area.name}, {inspection.year}
      </span>
      <h1 className="govuk-heading-l">{inspection.title}</h1>
      <p className="govuk-body">
        <Link to="/">Back to my inspections</Link>
        {!inspection.published ? (
          <>
            {' · '}
            <Link to={`/inspections/${encodeURIComponent(inspection.id)}/sample`}>
              Case list, sample and assignment
            </Link>
          </>
        ) : null}
        {' · '}
        <Link to={`/inspections/${encodeURIComponent(inspection.id)}/evidence`}>Meetings and evidence</Link>
        {' · '}
        <Link to={`/inspections/${encodeURIComponent(inspection.id)}/findings`}>Findings and recommendations</Link>
        {' · '}
        <Link to={`/inspections/${encodeURIComponent(inspection.id)}/report`}>Draft report and publication</Link>
      </p>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Status</dt>
          <dd className="govuk-summary-list__value">{humanise(inspection.status)}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Baseline</dt>
          <dd className="govuk-summary-list__value">
            {inspection.baseline ? `${inspection.baseline.title} (${inspection.baseline.year})` : 'None'}
          </dd>
        </div>
        {progress ? (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Progress</dt>
            <dd className="govuk-summary-list__value" data-testid="inspection-progress">
              {progress.answered} of {progress.questions} questions assessed; {progress.submitted} of{' '}
              {progress.caseFiles} case files submitted
            </dd>
          </div>
        ) : null}
      </dl>

      <h2 className="govuk-heading-m">Scores</h2>
      <p className="govuk-body">
        Each figure is met / applicable case files; not-applicable answers are outside the denominator.
        {inspection.published ? '' : ` The figures refresh every ${POLL_MILLISECONDS / 1000} seconds while you read.`}
      </p>
      {inspection.comparison ? (
        <div className="govuk-inset-text" data-testid="comparison-summary">
          Against the baseline: {inspection.comparison.summary}. Significance by Fisher’s exact test, with{' '}
          {humanise(inspection.comparison.correction)} correction for testing many figures.
        </div>
      ) : null}
      <ScoreTable
        caption="Criterion scores"
        firstColumn="Criterion"
        rows={scoreRows(
          inspection.allCriteria.map((s): ScoreLike => ({ key: s.code, label: `${s.code} ${s.title}`, ...s })),
          inspection.highRiskCriteria.map((s): ScoreLike => ({ key: s.code, label: `${s.code} ${s.title}`, ...s })),
          figures.filter((f) => f.kind === 'CRITERION'),
        )}
      />
      <ScoreTable
        caption="Measures"
        firstColumn="Measure"
        rows={scoreRows(
          inspection.allMeasures.map((s): ScoreLike => ({ ...s, label: s.text })),
          inspection.highRiskMeasures.map((s): ScoreLike => ({ ...s, label: s.text })),
          figures.filter((f) => f.kind === 'MEASURE'),
        )}
      />

      <h2 className="govuk-heading-m">Case files</h2>
      {files.length ? (
        <div className="app-table-scroll">
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">Case files, with their assessor and status</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Case file
                </th>
                <th scope="col" className="govuk-table__header">
                  Risk of harm
                </th>
                <th scope="col" className="govuk-table__header">
                  Assessor
                </th>
                <th scope="col" className="govuk-table__header">
                  Status
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {files.map((file) => (
                <tr className="govuk-table__row" key={file.id}>
                  <th scope="row" className="govuk-table__header">
                    <Link to={`/case-files/${encodeURIComponent(file.id)}`}>{file.reference}</Link>
                    {file.sampleRole !== 'SAMPLE' ? ` (${humanise(file.sampleRole)})` : ''}
                  </th>
                  <td className="govuk-table__cell">{riskLabel(file.riskOfHarm)}</td>
                  <td className="govuk-table__cell">{file.assessor?.name ?? 'No assessor yet'}</td>
                  <td className="govuk-table__cell">{fileStatusLabel(file.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="govuk-body">No case files you may read.</p>
      )}
    </>
  );
}

function fraction(met: number | null, applicable: number | null): string {
  return met === null || applicable === null ? '–' : `${met} / ${applicable}`;
}

function change(figure: Figure | undefined): string {
  if (!figure || figure.baselinePercentage === null) return '–';
  const significance = figure.significant ? ', significant' : '';
  return `${points(figure.changePoints)}${significance}`;
}

function ScoreTable({
  caption,
  firstColumn,
  rows,
}: {
  caption: string;
  firstColumn: string;
  rows: ReturnType<typeof scoreRows>;
}) {
  if (rows.length === 0) return null;
  const th = 'govuk-table__header';
  return (
    <div className="app-table-scroll">
      <table className="govuk-table govuk-table--small-text-until-tablet">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <td className="govuk-table__header" />
            <th scope="colgroup" colSpan={4} className={th}>
              Whole sample
            </th>
            <th scope="colgroup" colSpan={4} className={th}>
              High or very high risk of harm
            </th>
          </tr>
          <tr className="govuk-table__row">
            <th scope="col" className={th}>
              {firstColumn}
            </th>
            {['', ' (high risk)'].flatMap((suffix) => [
              <th scope="col" className={`${th} app-numeric`} key={`m${suffix}`}>
                Met / applicable<span className="govuk-visually-hidden">{suffix}</span>
              </th>,
              <th scope="col" className={`${th} app-numeric`} key={`p${suffix}`}>
                %<span className="govuk-visually-hidden">{suffix}</span>
              </th>,
              <th scope="col" className={`${th} app-numeric`} key={`b${suffix}`}>
                Baseline %<span className="govuk-visually-hidden">{suffix}</span>
              </th>,
              <th scope="col" className={`${th} app-numeric`} key={`c${suffix}`}>
                Change (points)<span className="govuk-visually-hidden">{suffix}</span>
              </th>,
            ])}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={row.key}>
              <th scope="row" className={th}>
                {row.label}
              </th>
              {[row.all, row.highRisk].flatMap((cell, i) => [
                <td className="govuk-table__cell app-numeric" key={`m${i}`}>
                  {fraction(cell.score?.met ?? null, cell.score?.applicable ?? null)}
                  {cell.score?.smallDenominator ? <span title="Fewer than 5 applicable cases"> *</span> : null}
                </td>,
                <td className="govuk-table__cell app-numeric" key={`p${i}`}>
                  {percent(cell.score?.percentage)}
                </td>,
                <td className="govuk-table__cell app-numeric" key={`b${i}`}>
                  {percent(cell.figure?.baselinePercentage)}
                </td>,
                <td className="govuk-table__cell app-numeric" key={`c${i}`}>
                  {change(cell.figure)}
                </td>,
              ])}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="govuk-body-s">* fewer than 5 applicable cases: read with care.</p>
    </div>
  );
}
