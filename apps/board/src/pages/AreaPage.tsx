import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { ResultOf } from '@scrutiny/graphql-client';
import { FigureText } from '../components/FigureText.tsx';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { formatChangePoints } from '../figures/percent.ts';
import {
  latestAndPrevious,
  pairFigures,
  type ComparableFigure,
  type FigurePair,
} from '../figures/latest-vs-previous.ts';
import { DraftsForCheck } from '../factual-accuracy/DraftsForCheck.tsx';
import { NationalPicture } from '../national/NationalPicture.tsx';
import { PeerComparison } from '../peers/PeerComparison.tsx';
import { AreaQuery } from '../queries.ts';
import { useViewer } from '../viewer.ts';
import { HIGH_RISK_OF_HARM, WHOLE_SAMPLE, WHOLE_SAMPLE_LABEL } from '@scrutiny/domain';
import { Table, Section } from '@scrutiny/ui';
import '../govuk-styles/signed-in-pages.scss';

type Area = NonNullable<ResultOf<typeof AreaQuery>['area']>;
type AreaInspection = Area['inspections']['edges'][number]['node'];

const STATUS_LABEL = {
  PLANNED: 'Planned',
  FIELDWORK: 'Fieldwork',
  VALIDATION: 'Validation',
  DRAFTING: 'Drafting',
  FACTUAL_ACCURACY_CHECK: 'Factual accuracy check',
  SIGNED_OFF: 'Signed off',
  PUBLISHED: 'Published',
} as const;

export function SignInNeeded({ what }: { what: string }) {
  return (
    <>
      <title>{`${what} – Scrutiny`}</title>
      <h1 className="govuk-heading-l">{what}</h1>
      <p className="govuk-body">
        <Link className="govuk-link" to="/sign-in">
          Sign in
        </Link>{' '}
        as a board member to see your area.
      </p>
    </>
  );
}

export default function AreaPage() {
  const { viewer, fetching } = useViewer();
  if (fetching && !viewer) return <Loading />;
  if (!viewer) return <SignInNeeded what="Your area" />;
  if (!viewer.area) {
    return (
      <>
        <title>Your area – Scrutiny</title>
        <h1 className="govuk-heading-l">Your area</h1>
        <p className="govuk-body">Your account is not linked to a probation area.</p>
      </>
    );
  }
  return <AreaView code={viewer.area.code} />;
}

function AreaView({ code }: { code: string }) {
  const [result] = useQuery({ query: AreaQuery, variables: { code } });
  if (result.fetching && !result.data) return <Loading />;
  if (result.error && !result.data) return <ErrorMessage error={result.error} />;
  const area = result.data?.area;
  if (!area) return <p className="govuk-body">Your area could not be found.</p>;
  const inspections = area.inspections.edges.map((e) => e.node);
  const { latest, previous } = latestAndPrevious(inspections);
  return (
    <>
      <title>{`${area.name} – Your area – Scrutiny`}</title>
      <span className="govuk-caption-l">Your area</span>
      <h1 className="govuk-heading-xl">{area.name}</h1>
      <DraftsForCheck inspections={inspections} />

      <h2 className="govuk-heading-l">Inspections</h2>
      <Table
        caption={{ text: `Every inspection of ${area.name}`, size: 'hidden' }}
        rows={[...inspections].sort((a, b) => b.year - a.year)}
        columns={[
          { header: 'Year', cell: (inspection) => inspection.year },
          {
            header: 'Inspection',
            cell: (inspection) => (
              <Link className="govuk-link" to={`/reports/${encodeURIComponent(inspection.id)}`}>
                {inspection.title}
              </Link>
            ),
          },
          { header: 'Status', cell: (inspection) => STATUS_LABEL[inspection.status] },
        ]}
      />

      {latest ? (
        <LatestAgainstPrevious latest={latest} previous={previous} />
      ) : (
        <p className="govuk-body">No inspection of your area has scores yet.</p>
      )}
      {area.comparisonGroup ? <PeerComparison group={area.comparisonGroup} areaCode={area.code} /> : null}
      <NationalPicture areaCode={area.code} />
    </>
  );
}

function criterionFigures(scores: AreaInspection['criterionScores']): ComparableFigure[] {
  return scores.map((s) => ({ ...s, key: s.code, label: `${s.code} ${s.title}` }));
}

function measureFigures(results: AreaInspection['measureResults']): ComparableFigure[] {
  return results.map((r) => ({ ...r, label: r.text }));
}

function LatestAgainstPrevious({ latest, previous }: { latest: AreaInspection; previous: AreaInspection | null }) {
  const criteria = pairFigures(
    [...criterionFigures(latest.criterionScores), ...criterionFigures(latest.highRiskScores)],
    previous ? [...criterionFigures(previous.criterionScores), ...criterionFigures(previous.highRiskScores)] : [],
  );
  const measures = pairFigures(
    [...measureFigures(latest.measureResults), ...measureFigures(latest.highRiskMeasures)],
    previous ? [...measureFigures(previous.measureResults), ...measureFigures(previous.highRiskMeasures)] : [],
  );
  const latestLabel = `${latest.title} (${latest.year})`;
  const previousLabel = previous ? `${previous.title} (${previous.year})` : 'Previous inspection';
  return (
    <Section headingId="latest-heading" headingSize="l" heading="Latest scores against the previous inspection">
      {latest.comparison ? (
        <div className="govuk-inset-text">
          <p className="govuk-body">
            {latest.title} against its baseline: <strong>{latest.comparison.summary}</strong>.
          </p>
        </div>
      ) : null}
      {!previous ? <p className="govuk-body">There is no earlier inspection with scores to compare with.</p> : null}
      <PairTable
        id="criteria"
        caption="Criterion scores, whole sample and high risk of harm cases"
        firstColumn="Criterion"
        pairs={criteria}
        latestLabel={latestLabel}
        previousLabel={previousLabel}
      />
      <PairTable
        id="measures"
        caption="Measures, whole sample and high risk of harm cases"
        firstColumn="Measure"
        pairs={measures}
        latestLabel={latestLabel}
        previousLabel={previousLabel}
      />
    </Section>
  );
}

/** The API's and the open data's words for the subsamples. */
function subsampleLabel(key: string): string {
  return key === WHOLE_SAMPLE ? WHOLE_SAMPLE_LABEL : key === HIGH_RISK_OF_HARM.key ? HIGH_RISK_OF_HARM.label : key;
}

function PairTable(props: {
  id: string;
  caption: string;
  firstColumn: string;
  pairs: FigurePair[];
  latestLabel: string;
  previousLabel: string;
}) {
  const pairs = [...props.pairs].sort((a, b) => a.key.localeCompare(b.key) || a.subsample.localeCompare(b.subsample));
  return (
    <Table
      caption={{ text: props.caption, size: 'm', id: `${props.id}-caption` }}
      className="govuk-table--small-text-until-tablet"
      rows={pairs}
      rowKey={(pair) => `${pair.key}|${pair.subsample}`}
      columns={[
        { header: props.firstColumn, rowHeader: true, cellClassName: 'board-measure-text', cell: (pair) => pair.label },
        { header: 'Cases', cell: (pair) => subsampleLabel(pair.subsample) },
        { header: props.previousLabel, cell: (pair) => (pair.previous ? <FigureText figure={pair.previous} /> : '–') },
        { header: props.latestLabel, cell: (pair) => <FigureText figure={pair.latest} /> },
        {
          header: 'Change',
          cell: (pair) => (pair.changePoints == null ? '–' : `${formatChangePoints(pair.changePoints)} points`),
        },
      ]}
    />
  );
}
