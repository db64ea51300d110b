import { useParams } from 'react-router';
import { useQuery } from 'urql';
import {
  buildReport,
  inspectionIdForSlug,
  isReportSlug,
  DIRECTION_LABEL,
  withAdditionalSections,
  significanceText,
  type CriterionPart,
  type MeasureFigure,
  type PublishedReportModel,
  type ReportChange,
  type ReportText,
} from '@scrutiny/domain';
import type { ResultOf } from '@scrutiny/graphql-client';
import { AdditionalSections } from '../components/AdditionalSections.tsx';
import { FigureText, IntervalText } from '../components/FigureText.tsx';
import { InlineMarkdown, Markdown, SlopeChart, type SlopeDatum, TableRegion } from '@scrutiny/ui';
import { REPORT_RENDERED, useRenderedMark } from '../components/rendered-mark.ts';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { formatChangePoints } from '../figures/percent.ts';
import { FactualAccuracyNotice } from '../factual-accuracy/DraftsForCheck.tsx';
import { isReportDocument, ReportDocuments } from '../downloads/ReportDocuments.tsx';
import { PublishedInspectionsQuery, ReportQuery } from '../queries.ts';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RatingsSection } from './RatingsSection.tsx';

type Inspection = NonNullable<ResultOf<typeof ReportQuery>['inspection']>;

/** `/reports/<slug>` (a published report's readable address) or `/reports/<inspection id>`. */
export default function ReportPage() {
  const { inspectionId: reference = '' } = useParams();
  const bySlug = isReportSlug(reference);
  const [published] = useQuery({ query: PublishedInspectionsQuery, pause: !bySlug });
  if (!bySlug) return <ReportOf inspectionId={reference} />;
  if (published.fetching && !published.data) return <Loading />;
  if (published.error && !published.data) return <ErrorMessage error={published.error} />;
  const inspectionId = inspectionIdForSlug(published.data?.inspections.edges.map((e) => e.node) ?? [], reference);
  if (!inspectionId) return <NotFoundPage what="Report" />;
  return <ReportOf inspectionId={inspectionId} />;
}

function ReportOf({ inspectionId }: { inspectionId: string }) {
  const [result] = useQuery({ query: ReportQuery, variables: { id: inspectionId } });
  if (result.fetching && !result.data) return <Loading />;
  if (result.error && !result.data) return <ErrorMessage error={result.error} />;
  const inspection = result.data?.inspection;
  if (!inspection) return <NotFoundPage what="Report" />;
  return <Report inspection={inspection} />;
}

/** Figures listed with why they have no percentage or no comparison: shown, never dropped. */
function LeftOutTable({
  caption,
  figures,
}: {
  caption: string;
  figures: PublishedReportModel['summary']['notCompared'];
}) {
  if (figures.length === 0) return null;
  return (
    <TableRegion label={caption}>
      <table className="govuk-table govuk-table--small-text-until-tablet">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Figure
            </th>
            <th scope="col" className="govuk-table__header">
              Cases
            </th>
            <th scope="col" className="govuk-table__header">
              Why
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {figures.map((f) => (
            <tr key={`${f.kind}|${f.key}|${f.subsampleLabel}`} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {f.text}
              </th>
              <td className="govuk-table__cell">{f.subsampleLabel}</td>
              <td className="govuk-table__cell">{f.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

/** The API's answer as the report model's source: the measures of every subsample the page asked for, together. */
function reportOf(inspection: Inspection): PublishedReportModel {
  const report = buildReport({
    ...inspection,
    measureResults: [...inspection.measureResults, ...inspection.highRisk],
  });
  return withAdditionalSections(
    report,
    inspection.additionalReportSections.map((section) => ({
      ...section,
      table: section.table && { ...section.table, rows: section.table.rows.map((row) => row.cells) },
    })),
  );
}

function Report({ inspection }: { inspection: Inspection }) {
  useRenderedMark(REPORT_RENDERED, inspection.id);
  const report = reportOf(inspection);
  const { labels, summary } = report;
  const baselineYear = report.inspection.baseline?.year;
  const isFollowUp = report.inspection.kind === 'FOLLOW_UP';
  const baselineLabel = baselineYear ? `Original (${baselineYear})` : 'Original';
  const currentLabel = `${isFollowUp ? 'Follow-up' : 'This inspection'} (${report.inspection.year})`;
  const slopes: SlopeDatum[] = summary.slopes.map((slope) => ({
    code: slope.code,
    title: slope.title,
    baseline: { ...slope.original, percentage: slope.original.percentage! },
    current: { ...slope.current, percentage: slope.current.percentage! },
  }));

  return (
    <article>
      <title>{`${report.inspection.area.name}: ${report.inspection.title} – Scrutiny`}</title>
      <span className="govuk-caption-l">{report.inspection.framework.title}</span>
      <h1 className="govuk-heading-xl">{report.heading}</h1>
      {!report.inspection.published ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Draft report, not published: its figures may still change.
          </strong>
        </div>
      ) : report.inspection.publishedAt ? (
        <p className="govuk-body-s">
          Published{' '}
          {new Date(report.inspection.publishedAt).toLocaleDateString('en-GB', {
            dateStyle: 'long',
            timeZone: 'Europe/London',
          })}
        </p>
      ) : null}
      <FactualAccuracyNotice inspection={inspection} />

      <ReportDocuments downloads={inspection.exports} />
      {inspection.exports.some((e) => !isReportDocument(e)) ? (
        <Downloads downloads={inspection.exports.filter((e) => !isReportDocument(e))} />
      ) : null}

      <nav aria-labelledby="contents-heading" className="board-contents">
        <h2 className="govuk-heading-s" id="contents-heading">
          Contents
        </h2>
        <ol className="govuk-list">
          {report.contents.map(({ id, title }) => (
            <li key={id}>
              <a className="govuk-link" href={`#${id}`}>
                {title}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <TextSection id="foreword" title="Foreword" text={report.foreword} />
      <TextSection id="acknowledgements" title="Acknowledgements" text={report.acknowledgements} />

      {report.glossary.length > 0 ? (
        <section aria-labelledby="glossary">
          <h2 className="govuk-heading-l" id="glossary">
            Glossary
          </h2>
          <dl className="govuk-summary-list board-glossary">
            {report.glossary.map((entry) => (
              <div key={entry.term} className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{entry.term}</dt>
                <dd className="govuk-summary-list__value">{entry.meaning}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      {report.reasons ? (
        <section aria-labelledby="reasons">
          <h2 className="govuk-heading-l" id="reasons">
            {report.reasons.title}
          </h2>
          {report.reasons.text ? <Markdown source={report.reasons.text.text} headingLevel={2} /> : null}
          {report.reasons.recommendations.length > 0 ? (
            <FollowedUpRecommendations items={report.reasons.recommendations} />
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="summary">
        <h2 className="govuk-heading-l" id="summary">
          {summary.title}
        </h2>
        {summary.comparison ? (
          <div className="govuk-inset-text">
            <p className="govuk-body">
              Against the {labels.original.toLowerCase()}, the {labels.current.toLowerCase()} showed{' '}
              <strong>{summary.comparison.summary}</strong> ({summary.comparison.improved} improved,{' '}
              {summary.comparison.deteriorated} deteriorated, {summary.comparison.unchanged} unchanged).
            </p>
            {summary.comparison.reconciliation ? (
              <p className="govuk-body" id="reconciliation">
                {summary.comparison.reconciliation}
              </p>
            ) : null}
          </div>
        ) : null}
        <LeftOutTable caption="Figures that could not be computed" figures={summary.notComputed} />
        {summary.keyFindings ? (
          <>
            <h3 className="govuk-heading-m">Key findings</h3>
            <Markdown source={summary.keyFindings.text} headingLevel={3} />
          </>
        ) : null}
        {slopes.length > 0 ? (
          <>
            <h3 className="govuk-heading-m">Criterion scores at a glance</h3>
            <SlopeChart
              data={slopes}
              caption={`Criterion scores: ${baselineLabel.toLowerCase()} and ${currentLabel.toLowerCase()}`}
              baselineLabel={baselineLabel}
              currentLabel={currentLabel}
            />
          </>
        ) : null}
        {summary.nextSteps ? (
          <>
            <h3 className="govuk-heading-m">Next steps</h3>
            <Markdown source={summary.nextSteps.text} headingLevel={3} />
          </>
        ) : null}
      </section>

      {report.ratings ? <RatingsSection ratings={report.ratings} /> : null}

      <section aria-labelledby="arrangements">
        <h2 className="govuk-heading-l" id="arrangements">
          Inspection arrangements
        </h2>
        {report.arrangements.text ? <Markdown source={report.arrangements.text.text} headingLevel={2} /> : null}
        {report.arrangements.methodNote ? <p className="govuk-body">{report.arrangements.methodNote}</p> : null}
        <p className="govuk-body">{report.arrangements.evidenceNote}</p>
      </section>

      {report.sections.map((section) => (
        <section key={section.code} aria-labelledby={`section-${section.code}`}>
          <h2 className="govuk-heading-l" id={`section-${section.code}`}>
            {section.heading}
          </h2>
          {section.criteria.map((criterion) => (
            <CriterionSection key={criterion.code} report={report} criterion={criterion} />
          ))}
        </section>
      ))}

      <TextSection id="role" title="The role of the inspectorate" text={report.role} />

      <section aria-labelledby="about-figures">
        <h2 className="govuk-heading-l" id="about-figures">
          About the figures
        </h2>
        <ul className="govuk-list govuk-list--bullet">
          {report.aboutFigures.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <LeftOutTable
          caption={`Figures not compared with the ${labels.original.toLowerCase()}`}
          figures={summary.notCompared}
        />
      </section>

      <AdditionalSections sections={report.additionalSections ?? []} />
    </article>
  );
}

/** The published report's figures as files, written by the API's exporter plugins from the same figures. */
function Downloads({ downloads }: { downloads: Inspection['exports'] }) {
  return (
    <section aria-labelledby="downloads" className="board-downloads">
      <h2 className="govuk-heading-m" id="downloads">
        Download the figures
      </h2>
      <p className="govuk-body">
        Every figure of this report, one row per measure and subsample, with the original inspection’s figure and the
        change beside it.
      </p>
      <ul className="govuk-list">
        {downloads.map((file) => (
          <li key={file.key}>
            <a className="govuk-link" href={file.url} download={file.fileName}>
              {file.label}
            </a>{' '}
            <span className="govuk-body-s">({file.fileName})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function TextSection({ id, title, text }: { id: string; title: string; text: ReportText | null }) {
  if (!text) return null;
  return (
    <section aria-labelledby={id}>
      <h2 className="govuk-heading-l" id={id}>
        {title}
      </h2>
      <Markdown source={text.text} headingLevel={2} />
      {text.signedBy ? <p className="govuk-body board-signature">{text.signedBy}</p> : null}
    </section>
  );
}

function FollowedUpRecommendations({
  items,
}: {
  items: NonNullable<PublishedReportModel['reasons']>['recommendations'];
}) {
  return (
    <TableRegion>
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
          {items.map((item) => (
            <tr key={item.number} className="govuk-table__row">
              <td className="govuk-table__cell">{item.number}</td>
              <td className="govuk-table__cell">{item.text}</td>
              <td className="govuk-table__cell">
                {item.judgementLabel}
                {item.comment ? <p className="govuk-body-s">{item.comment}</p> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function CriterionSection({ report, criterion }: { report: PublishedReportModel; criterion: CriterionPart }) {
  const { labels } = report;
  const headingId = `criterion-${criterion.code}`;
  const score = criterion.score;
  return (
    <section aria-labelledby={headingId} className="board-criterion">
      <h3 className="govuk-heading-m" id={headingId}>
        {criterion.code} {criterion.title}
      </h3>
      {score ? (
        <TableRegion>
          <table className="govuk-table board-score-table">
            <caption className="govuk-table__caption govuk-table__caption--s">{criterion.code} score</caption>
            <tbody className="govuk-table__body">
              {score.original ? (
                <tr className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    {labels.original}
                  </th>
                  <td className="govuk-table__cell">
                    <FigureText figure={score.original} />
                  </td>
                </tr>
              ) : null}
              <tr className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {labels.current}
                </th>
                <td className="govuk-table__cell">
                  <FigureText figure={score.current} />
                  {score.current.interval ? (
                    <span className="govuk-body-s board-figure__interval">
                      {' '}
                      95% interval <IntervalText interval={score.current.interval} />
                    </span>
                  ) : null}
                </td>
              </tr>
            </tbody>
          </table>
        </TableRegion>
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

function MeasuresTable({ code, rows, report }: { code: string; rows: MeasureFigure[]; report: PublishedReportModel }) {
  const hasBaseline = report.summary.comparison !== null;
  const correction = report.summary.comparison?.correction ?? 'NONE';
  return (
    <TableRegion labelledBy={`measures-${code}`}>
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
                {report.labels.original}
              </th>
            ) : null}
            <th scope="col" className="govuk-table__header">
              {report.labels.current}
            </th>
            <th scope="col" className="govuk-table__header">
              95% interval
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
            <tr
              key={`${row.key}|${row.subsample}`}
              className="govuk-table__row"
              data-measure={row.key}
              data-subsample={row.subsample}
            >
              <th scope="row" className="govuk-table__header board-measure-text">
                {row.text}
              </th>
              <td className="govuk-table__cell">{row.subsampleLabel}</td>
              {hasBaseline ? (
                <td className="govuk-table__cell">{row.original ? <FigureText figure={row.original} /> : '–'}</td>
              ) : null}
              <td className="govuk-table__cell">
                <FigureText figure={row.current} />
              </td>
              <td className="govuk-table__cell">
                <IntervalText interval={row.current.interval} />
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
    </TableRegion>
  );
}

function ChangeText({ change }: { change: ReportChange }) {
  return (
    <>
      {formatChangePoints(change.points)} points
      <br />
      <span className="govuk-body-s">{DIRECTION_LABEL[change.direction]}</span>
    </>
  );
}
