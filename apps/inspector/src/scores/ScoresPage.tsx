// An inspection's scores as they stand, kept up to date while the inspector reads: each saved answer, submitted or
// replaced file, resolved validation or move of the inspection arrives over the inspectionProgress subscription
// (server-sent events), with no polling and no reload.
import { useEffect, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { readFragment } from '@scrutiny/graphql-client';
import { humanise } from '../labels.ts';
import { Link } from '../routing/router.tsx';
import { InspectionScoresFragment, InspectionScoresQuery, InspectionScoresSubscription } from './documents.ts';
import { RatingsSection } from './RatingsSection.tsx';
import { ScoreTable } from './ScoreTable.tsx';
import { scoreRows, slopeData, type Score } from './scores-model.ts';
import { SlopeChart } from '@scrutiny/ui';

const HIGH_RISK = 'HIGH_RISK_OF_HARM';

export function ScoresPage({ id }: { id: string }) {
  const [query, refetch] = useQuery({
    query: InspectionScoresQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const loaded = query.data?.inspection ? readFragment(InspectionScoresFragment, query.data.inspection) : null;
  // A published inspection's figures are frozen: nothing to follow.
  const [live, resubscribe] = useSubscription({
    query: InspectionScoresSubscription,
    variables: { id },
    pause: !loaded || loaded.published,
  });
  const latest = live.data?.inspectionProgress
    ? readFragment(InspectionScoresFragment, live.data.inspectionProgress)
    : null;
  const inspection = latest ?? loaded;

  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  useEffect(() => {
    if (live.data) setUpdatedAt(new Date());
  }, [live.data]);
  useEffect(() => {
    document.title = `Live scores: ${inspection?.title ?? 'Inspection'} – Scrutiny`;
  }, [inspection?.title]);

  if (!inspection) {
    if (query.fetching || !query.data) return <p className="govuk-body">Loading…</p>;
    return (
      <>
        <h1 className="govuk-heading-l">Inspection not found</h1>
        <p className="govuk-body">It does not exist, or you are not on its team.</p>
      </>
    );
  }

  const figures = inspection.comparison?.figures ?? [];
  const baselineLabel = inspection.baseline ? `Baseline ${inspection.baseline.year}` : 'Baseline';
  const currentLabel = `${inspection.published ? 'Published' : 'Now'} ${inspection.year}`;
  const criteria = (scores: typeof inspection.allCriteria): Score[] =>
    scores.map((s) => ({ ...s, key: s.code, label: `${s.code} ${s.title}` }));
  const measures = (scores: typeof inspection.allMeasures): Score[] => scores.map((s) => ({ ...s, label: s.text }));
  const label = (key: string, fallback: string) => inspection.subsamples.find((s) => s.key === key)?.label ?? fallback;
  const subsamples = [
    {
      key: 'ALL',
      label: label('ALL', 'Whole sample'),
      criteria: criteria(inspection.allCriteria),
      measures: measures(inspection.allMeasures),
    },
    {
      key: HIGH_RISK,
      label: label(HIGH_RISK, 'High or very high risk of harm'),
      criteria: criteria(inspection.highRiskCriteria),
      measures: measures(inspection.highRiskMeasures),
    },
  ];
  const wholeSampleCriteria = scoreRows(subsamples[0]!.criteria, figures, 'CRITERION', 'ALL');
  const progress = inspection.progress;

  return (
    <>
      <span className="govuk-caption-l">
        {inspection.area.name}, {inspection.year}: {inspection.title}
      </span>
      <h1 className="govuk-heading-l">Live scores</h1>
      <p className="govuk-body">
        <Link to={`/inspections/${encodeURIComponent(inspection.id)}`}>Back to the inspection</Link>
      </p>

      {inspection.published ? (
        <p className="govuk-body">These figures were frozen when the inspection was published.</p>
      ) : live.error ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <div className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Live updates have stopped, so the figures may be out of date.{' '}
            <button
              type="button"
              className="app-link-button"
              onClick={() => {
                refetch({ requestPolicy: 'network-only' });
                resubscribe({ requestPolicy: 'network-only' });
              }}
            >
              Reconnect
            </button>
          </div>
        </div>
      ) : (
        <p className="govuk-body" role="status" data-testid="scores-updated">
          {updatedAt
            ? `Live: updated at ${updatedAt.toLocaleTimeString('en-GB')} as answers were saved.`
            : 'Live: the figures update by themselves as answers are saved.'}
        </p>
      )}

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
            <dd className="govuk-summary-list__value" data-testid="scores-progress">
              {progress.answered} of {progress.questions} questions assessed; {progress.submitted} of{' '}
              {progress.caseFiles} case files submitted
            </dd>
          </div>
        ) : null}
      </dl>

      <p className="govuk-body">
        Each figure is met / applicable case files; not-applicable answers are outside the denominator. * fewer than 5
        applicable cases: read with care.
      </p>
      {inspection.comparison ? (
        <div className="govuk-inset-text" data-testid="scores-comparison">
          Against the baseline: {inspection.comparison.summary}. A change is significant when Fisher’s exact test, with{' '}
          {humanise(inspection.comparison.correction)} correction for testing many figures, gives p below{' '}
          {inspection.comparison.alpha}.
        </div>
      ) : (
        <p className="govuk-body">This inspection has no baseline to compare with.</p>
      )}

      {inspection.comparison ? (
        <>
          <h2 className="govuk-heading-m">Criterion scores against the baseline</h2>
          <SlopeChart
            caption={`Criterion scores, whole sample: ${baselineLabel} and ${currentLabel}`}
            data={slopeData(wholeSampleCriteria)}
            baselineLabel={baselineLabel}
            currentLabel={currentLabel}
          />
        </>
      ) : null}

      <RatingsSection id={id} refreshKey={live.data} />

      {subsamples.map((subsample) => (
        <section key={subsample.key} aria-labelledby={`scores-${subsample.key}`}>
          <h2 className="govuk-heading-m" id={`scores-${subsample.key}`}>
            {subsample.label}
          </h2>
          <ScoreTable
            caption={`Criterion scores: ${subsample.label.toLowerCase()}`}
            firstColumn="Criterion"
            testId={`criteria-${subsample.key}`}
            rows={scoreRows(subsample.criteria, figures, 'CRITERION', subsample.key)}
          />
          <ScoreTable
            caption={`Measures: ${subsample.label.toLowerCase()}`}
            firstColumn="Measure"
            testId={`measures-${subsample.key}`}
            rows={scoreRows(subsample.measures, figures, 'MEASURE', subsample.key)}
          />
        </section>
      ))}
    </>
  );
}
