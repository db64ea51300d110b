import { useParams } from 'react-router';
import { useQuery } from 'urql';
import type { ResultOf } from '@scrutiny/graphql-client';
import { FigureText } from '../components/FigureText.tsx';
import { InlineMarkdown, Markdown } from '../components/Markdown.tsx';
import { SlopeChart, type SlopeDatum } from '../components/SlopeChart.tsx';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { formatChangePoints, formatPValue } from '../figures/percent.ts';
import { criterionScoreRow, measureRows, type Change, type MeasureRow } from '../figures/report-rows.ts';
import { FactualAccuracyNotice } from '../factual-accuracy/DraftsForCheck.tsx';
import { ReportQuery } from '../queries.ts';
import { NotFoundPage } from './NotFoundPage.tsx';

type Inspection = NonNullable<ResultOf<typeof ReportQuery>['inspection']>;

export const CORRECTION_LABEL = {
  HOLM: 'Holm–Bonferroni',
  BENJAMINI_HOCHBERG: 'Benjamini–Hochberg',
  NONE: 'no correction',
} as const;

const JUDGEMENT_LABEL = {
  GOOD_PROGRESS: 'Good progress',
  REASONABLE_PROGRESS: 'Reasonable progress',
  INSUFFICIENT_PROGRESS: 'Insufficient progress',
  NO_MEANINGFUL_PROGRESS: 'No meaningful progress',
} as const;

const DIRECTION_LABEL = { IMPROVED: 'Improved', DETERIORATED: 'Deteriorated', UNCHANGED: 'Unchanged' } as const;

export default function ReportPage() {
  const { inspectionId = '' } = useParams();
  const [result] = useQuery({ query: ReportQuery, variables: { id: inspectionId } });
  if (result.fetching && !result.data) return <Loading />;
  if (result.error && !result.data) return <ErrorMessage error={result.error} />;
  const inspection = result.data?.inspection;
  if (!inspection) return <NotFoundPage what="Report" />;
  return <Report inspection={inspection} />;
}

function Report({ inspection }: { inspection: Inspection }) {
  const text = (section: string) => inspection.reportTexts.find((t) => t.section === section)?.text;
  const isFollowUp = inspection.kind === 'FOLLOW_UP';
  const baselineYear = inspection.baseline?.year;
  const originalLabel = baselineYear ? `Original inspection (${baselineYear})` : 'Original inspection';
  const currentLabel = `${isFollowUp ? 'Follow-up inspection' : 'This inspection'} (${inspection.year})`;
  const figures = inspection.comparison?.figures ?? [];
  const subsampleLabel = new Map(inspection.subsamples.map((s) => [s.key, s.label]));
  const sections = inspection.framework.sections.filter((s) =>
    inspection.framework.criteria.some((c) => c.section === s.code),
  );
  const slopes: SlopeDatum[] = inspection.criterionScores.flatMap((score) => {
    const row = criterionScoreRow(score.code, inspection.criterionScores, figures);
    if (row.baseline?.percentage == null || score.percentage == null) return [];
    return [
      {
        code: score.code,
        title: score.title,
        baseline: { ...row.baseline, percentage: row.baseline.percentage },
        current: { ...score, percentage: score.percentage },
      },
    ];
  });
  const contents = [
    ['foreword', 'Foreword', text('FOREWORD')],
    ['acknowledgements', 'Acknowledgements', text('ACKNOWLEDGEMENTS')],
    [
      'reasons',
      isFollowUp ? 'Reasons for undertaking the follow-up' : 'Reasons for the inspection',
      text('REASONS') ?? (inspection.followedUpRecommendations.length > 0 ? '' : undefined),
    ],
    ['summary', isFollowUp ? 'Summary of findings of the follow-up' : 'Summary of findings', 'always'],
    ['arrangements', 'Inspection arrangements', 'always'],
    ...sections.map((s) => [`section-${s.code}`, `Section ${s.code}: ${s.title}`, 'always']),
    ['role', 'The role of the inspectorate', text('ROLE')],
    ['about-figures', 'About the figures', 'always'],
  ].filter((entry): entry is [string, string, string] => entry[2] !== undefined);

  return (
    <article>
      <title>{`${inspection.area.name}: ${inspection.title} – Scrutiny`}</title>
      <span className="govuk-caption-l">{inspection.framework.title}</span>
      <h1 className="govuk-heading-xl">
        {isFollowUp ? 'Follow-up report on' : 'Report on'} {inspection.area.name}, {inspection.year}
      </h1>
      {!inspection.published ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Draft report, not published: its figures may still change.
          </strong>
        </div>
      ) : inspection.publishedAt ? (
        <p className="govuk-body-s">
          Published {new Date(inspection.publishedAt).toLocaleDateString('en-GB', { dateStyle: 'long' })}
        </p>
      ) : null}
      <FactualAccuracyNotice inspection={inspection} />

      <nav aria-labelledby="contents-heading" className="board-contents">
        <h2 className="govuk-heading-s" id="contents-heading">
          Contents
        </h2>
        <ol className="govuk-list">
          {contents.map(([id, label]) => (
            <li key={id}>
              <a className="govuk-link" href={`#${id}`}>
                {label}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <TextSection id="foreword" title="Foreword" source={text('FOREWORD')} />
      <TextSection id="acknowledgements" title="Acknowledgements" source={text('ACKNOWLEDGEMENTS')} />

      {text('REASONS') !== undefined || inspection.followedUpRecommendations.length > 0 ? (
        <section aria-labelledby="reasons">
          <h2 className="govuk-heading-l" id="reasons">
            {isFollowUp ? 'Reasons for undertaking the follow-up' : 'Reasons for the inspection'}
          </h2>
          {text('REASONS') ? <Markdown source={text('REASONS')!} headingLevel={2} /> : null}
          {inspection.followedUpRecommendations.length > 0 ? (
            <FollowedUpRecommendations items={inspection.followedUpRecommendations} />
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="summary">
        <h2 className="govuk-heading-l" id="summary">
          {isFollowUp ? 'Summary of findings of the follow-up' : 'Summary of findings'}
        </h2>
        {inspection.comparison ? (
          <div className="govuk-inset-text">
            <p className="govuk-body">
              Against the {originalLabel.toLowerCase()}, the {currentLabel.toLowerCase()} showed{' '}
              <strong>{inspection.comparison.summary}</strong> ({inspection.comparison.improved} improved,{' '}
              {inspection.comparison.deteriorated} deteriorated, {inspection.comparison.unchanged} unchanged).
            </p>
          </div>
        ) : null}
        {text('SUMMARY') ? (
          <>
            <h3 className="govuk-heading-m">Key findings</h3>
            <Markdown source={text('SUMMARY')!} headingLevel={3} />
          </>
        ) : null}
        {slopes.length > 0 ? (
          <>
            <h3 className="govuk-heading-m">Criterion scores at a glance</h3>
            <SlopeChart
              data={slopes}
              baselineLabel={baselineYear ? `Original (${baselineYear})` : 'Original'}
              currentLabel={`${isFollowUp ? 'Follow-up' : 'This inspection'} (${inspection.year})`}
            />
          </>
        ) : null}
        {text('NEXT_STEPS') ? (
          <>
            <h3 className="govuk-heading-m">Next steps</h3>
            <Markdown source={text('NEXT_STEPS')!} headingLevel={3} />
          </>
        ) : null}
      </section>

      <section aria-labelledby="arrangements">
        <h2 className="govuk-heading-l" id="arrangements">
          Inspection arrangements
        </h2>
        {text('ARRANGEMENTS') ? <Markdown source={text('ARRANGEMENTS')!} headingLevel={2} /> : null}
        {inspection.methodNote ? <p className="govuk-body">{inspection.methodNote}</p> : null}
        <p className="govuk-body">
          {inspection.evidence === 'RECORDED_FIGURES'
            ? 'The figures of this inspection are recorded from its published report.'
            : 'The figures of this inspection are computed from the answers recorded on the sampled case files.'}
        </p>
      </section>

      {sections.map((section) => (
        <section key={section.code} aria-labelledby={`section-${section.code}`}>
          <h2 className="govuk-heading-l" id={`section-${section.code}`}>
            Section {section.code}: {section.title}
          </h2>
          {inspection.framework.criteria
            .filter((c) => c.section === section.code)
            .map((criterion) => (
              <CriterionPart
                key={criterion.code}
                inspection={inspection}
                criterion={criterion}
                originalLabel={originalLabel}
                currentLabel={currentLabel}
                subsampleLabel={subsampleLabel}
              />
            ))}
        </section>
      ))}

      <TextSection id="role" title="The role of the inspectorate" source={text('ROLE')} />

      <section aria-labelledby="about-figures">
        <h2 className="govuk-heading-l" id="about-figures">
          About the figures
        </h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            Each percentage is the share of applicable case files that met the measure; the number of applicable files
            is given beside it.
          </li>
          <li>
            Percentages are rounded to whole numbers as the printed report gives them; changes are worked out from the
            unrounded figures.
          </li>
          <li>Figures based on fewer than 5 applicable cases are marked “Small number”.</li>
          {inspection.comparison ? (
            <li>
              Changes are tested with Fisher’s exact test where both inspections’ counts are known, at the{' '}
              {Math.round(inspection.comparison.alpha * 100)}% level, with the{' '}
              {CORRECTION_LABEL[inspection.comparison.correction]} correction for testing many figures at once. Original
              figures known only as percentages are compared but not tested.
            </li>
          ) : null}
        </ul>
      </section>
    </article>
  );
}

function TextSection({ id, title, source }: { id: string; title: string; source: string | undefined }) {
  if (source === undefined) return null;
  return (
    <section aria-labelledby={id}>
      <h2 className="govuk-heading-l" id={id}>
        {title}
      </h2>
      <Markdown source={source} headingLevel={2} />
    </section>
  );
}

function FollowedUpRecommendations({ items }: { items: Inspection['followedUpRecommendations'] }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">Recommendations followed up</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Number
          </th>
          <th scope="col" className="govuk-table__header">
            Recommendation
          </th>
          <th scope="col" className="govuk-table__header">
            Progress found
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {[...items]
          .sort((a, b) => a.recommendation.number - b.recommendation.number)
          .map((item) => (
            <tr key={item.id} className="govuk-table__row">
              <td className="govuk-table__cell">{item.recommendation.number}</td>
              <td className="govuk-table__cell">{item.recommendation.text}</td>
              <td className="govuk-table__cell">
                {item.judgement ? JUDGEMENT_LABEL[item.judgement] : 'Not judged'}
                {item.comment ? <p className="govuk-body-s">{item.comment}</p> : null}
              </td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}

function CriterionPart({
  inspection,
  criterion,
  originalLabel,
  currentLabel,
  subsampleLabel,
}: {
  inspection: Inspection;
  criterion: Inspection['framework']['criteria'][number];
  originalLabel: string;
  currentLabel: string;
  subsampleLabel: Map<string, string>;
}) {
  const figures = inspection.comparison?.figures ?? [];
  const score = criterionScoreRow(criterion.code, inspection.criterionScores, figures);
  const results = [...inspection.measureResults, ...inspection.highRisk];
  const measures = measureRows(criterion.code, results, figures);
  const findings = inspection.findings.filter((f) => f.criterionCode === criterion.code);
  const goodPractices = inspection.goodPractices.filter((g) => g.criterionCode === criterion.code);
  const headingId = `criterion-${criterion.code}`;
  const hasBaseline = figures.length > 0;
  return (
    <section aria-labelledby={headingId} className="board-criterion">
      <h3 className="govuk-heading-m" id={headingId}>
        {criterion.code} {criterion.title}
      </h3>
      {score.current ? (
        <table className="govuk-table board-score-table">
          <caption className="govuk-table__caption govuk-table__caption--s">{criterion.code} score</caption>
          <tbody className="govuk-table__body">
            {score.baseline ? (
              <tr className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {originalLabel}
                </th>
                <td className="govuk-table__cell">
                  <FigureText figure={score.baseline} />
                </td>
              </tr>
            ) : null}
            <tr className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {currentLabel}
              </th>
              <td className="govuk-table__cell">
                <FigureText figure={score.current} />
              </td>
            </tr>
          </tbody>
        </table>
      ) : (
        <p className="govuk-body">This criterion was not scored in this inspection.</p>
      )}
      <h4 className="govuk-heading-s">Description</h4>
      <p className="govuk-body board-description">{criterion.description}</p>
      {findings.length > 0 ? (
        <>
          <h4 className="govuk-heading-s">Findings</h4>
          <ul className="govuk-list govuk-list--bullet">
            {findings.map((f) => (
              <li key={f.id}>
                <InlineMarkdown source={f.text} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {measures.length > 0 ? (
        <MeasuresTable
          code={criterion.code}
          rows={measures}
          hasBaseline={hasBaseline}
          originalLabel={originalLabel}
          currentLabel={currentLabel}
          subsampleLabel={subsampleLabel}
          correction={inspection.comparison?.correction ?? 'NONE'}
        />
      ) : null}
      {goodPractices.map((g) => (
        <div key={g.id} className="govuk-inset-text board-good-practice">
          <h4 className="govuk-heading-s">{g.title ?? 'Good practice example'}</h4>
          <p className="govuk-body">
            <InlineMarkdown source={g.text} />
          </p>
        </div>
      ))}
    </section>
  );
}

function MeasuresTable({
  code,
  rows,
  hasBaseline,
  originalLabel,
  currentLabel,
  subsampleLabel,
  correction,
}: {
  code: string;
  rows: MeasureRow[];
  hasBaseline: boolean;
  originalLabel: string;
  currentLabel: string;
  subsampleLabel: Map<string, string>;
  correction: keyof typeof CORRECTION_LABEL;
}) {
  return (
    <div className="board-table-scroll" role="region" aria-labelledby={`measures-${code}`} tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet">
        <caption className="govuk-table__caption govuk-table__caption--s" id={`measures-${code}`}>
          {code} measures: share of applicable case files meeting each
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Measure
            </th>
            <th scope="col" className="govuk-table__header">
              Cases
            </th>
            {hasBaseline ? (
              <th scope="col" className="govuk-table__header">
                {originalLabel}
              </th>
            ) : null}
            <th scope="col" className="govuk-table__header">
              {currentLabel}
            </th>
            {hasBaseline ? (
              <>
                <th scope="col" className="govuk-table__header">
                  Change
                </th>
                <th scope="col" className="govuk-table__header">
                  Significance
                </th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr key={`${row.key}|${row.subsample}`} className="govuk-table__row">
              <th scope="row" className="govuk-table__header board-measure-text">
                {row.text}
              </th>
              <td className="govuk-table__cell">
                {row.subsample === 'ALL' ? 'All' : (subsampleLabel.get(row.subsample) ?? row.subsample)}
              </td>
              {hasBaseline ? (
                <td className="govuk-table__cell">{row.baseline ? <FigureText figure={row.baseline} /> : '–'}</td>
              ) : null}
              <td className="govuk-table__cell">
                <FigureText figure={row.current} />
              </td>
              {hasBaseline ? (
                <>
                  <td className="govuk-table__cell">{row.change ? <ChangeText change={row.change} /> : '–'}</td>
                  <td className="govuk-table__cell">{row.change ? significanceText(row.change, correction) : '–'}</td>
                </>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ChangeText({ change }: { change: Change }) {
  return (
    <>
      {formatChangePoints(change.points)} points
      <br />
      <span className="govuk-body-s">{DIRECTION_LABEL[change.direction]}</span>
    </>
  );
}

function significanceText(change: Change, correction: keyof typeof CORRECTION_LABEL): string {
  if (change.pValue == null) return 'Not tested (original counts not recorded)';
  const verdict = change.significant ? 'Significant' : 'Not significant';
  const adjusted =
    change.adjustedPValue != null && correction !== 'NONE'
      ? `, ${formatPValue(change.adjustedPValue)} adjusted (${CORRECTION_LABEL[correction]})`
      : '';
  return `${verdict}: ${formatPValue(change.pValue)}${adjusted}`;
}
