// An inspection's scores as they stand, kept up to date while the inspector reads: each saved answer, submitted or
// replaced file, resolved validation or move of the inspection arrives over the inspectionProgress subscription
// (server-sent events), with no polling and no reload. Its parts: the live status, the summary, the comparison with
// the baseline, the ratings and each subsample's scores, each in its own file here.
import { useEffect, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { readFragment } from '@scrutiny/graphql-client';
import { Link } from '../routing/router.tsx';
import { InspectionScoresFragment, InspectionScoresQuery, InspectionScoresSubscription } from './documents.ts';
import { RatingsSection } from './RatingsSection.tsx';
import { scoreRows, slopeData, type Score } from './scores-model.ts';
import { LiveStatus } from './LiveStatus.tsx';
import { ScoresSummary } from './ScoresSummary.tsx';
import { BaselineComparison } from './BaselineComparison.tsx';
import { SubsampleScores, type Subsample } from './SubsampleScores.tsx';

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
  const subsamples: Subsample[] = [
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

  return (
    <>
      <span className="govuk-caption-l">
        {inspection.area.name}, {inspection.year}: {inspection.title}
      </span>
      <h1 className="govuk-heading-l">Live scores</h1>
      <p className="govuk-body">
        <Link to={`/inspections/${encodeURIComponent(inspection.id)}`}>Back to the inspection</Link>
      </p>

      <LiveStatus
        published={inspection.published}
        stopped={Boolean(live.error)}
        updatedAt={updatedAt}
        onReconnect={() => {
          refetch({ requestPolicy: 'network-only' });
          resubscribe({ requestPolicy: 'network-only' });
        }}
      />
      <ScoresSummary status={inspection.status} baseline={inspection.baseline} progress={inspection.progress} />
      <p className="govuk-body">
        Each figure is met / applicable case files; not-applicable answers are outside the denominator. * fewer than 5
        applicable cases: read with care.
      </p>
      <BaselineComparison
        comparison={inspection.comparison}
        slopes={slopeData(wholeSampleCriteria)}
        baselineLabel={baselineLabel}
        currentLabel={currentLabel}
      />
      <RatingsSection id={id} refreshKey={live.data} />

      {subsamples.map((subsample) => (
        <SubsampleScores key={subsample.key} subsample={subsample} figures={figures} />
      ))}
    </>
  );
}
