import { useParams } from 'react-router';
import { useQuery } from 'urql';
import {
  buildReport,
  inspectionIdForSlug,
  isReportSlug,
  reportSlugYear,
  withAdditionalSections,
  type PublishedReportModel,
} from '@scrutiny/domain';
import { AdditionalSections } from '../components/AdditionalSections.tsx';
import { Markdown, type SlopeDatum, Section } from '@scrutiny/ui';
import { REPORT_RENDERED, useRenderedMark } from '../components/rendered-mark.ts';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { FactualAccuracyNotice } from '../factual-accuracy/DraftsForCheck.tsx';
import { isReportDocument, ReportDocuments } from '../downloads/ReportDocuments.tsx';
import { PublishedInspectionsOfYearQuery, ReportQuery } from '../queries.ts';
import { NotFoundPage } from './NotFoundPage.tsx';
import { reportVariables, type Inspection } from './report/inspection.ts';
import { LeftOutTable } from './report/LeftOutTable.tsx';
import { Downloads } from './report/Downloads.tsx';
import { TextSection } from './report/TextSection.tsx';
import { FollowedUpRecommendations } from './report/FollowedUpRecommendations.tsx';
import { CriterionSection } from './report/CriterionSection.tsx';
import { SummarySection } from './report/SummarySection.tsx';
import { RatingsSection } from './RatingsSection.tsx';

/** `/reports/<slug>` (a published report's readable address) or `/reports/<inspection id>`. */
export default function ReportPage() {
  const { inspectionId: reference = '' } = useParams();
  const bySlug = isReportSlug(reference);
  // The slug names its year: that year's published inspections hold it, however many there are in all.
  const year = bySlug ? reportSlugYear(reference) : null;
  const [published] = useQuery({
    query: PublishedInspectionsOfYearQuery,
    variables: { year: year ?? 0 },
    pause: !year,
  });
  if (!bySlug) return <ReportOf inspectionId={reference} />;
  if (!year) return <NotFoundPage what="Report" />;
  if (published.fetching && !published.data) return <Loading />;
  if (published.error && !published.data) return <ErrorMessage error={published.error} />;
  const inspectionId = inspectionIdForSlug(published.data?.inspections.edges.map((e) => e.node) ?? [], reference);
  if (!inspectionId) return <NotFoundPage what="Report" />;
  return <ReportOf inspectionId={inspectionId} />;
}

function ReportOf({ inspectionId }: { inspectionId: string }) {
  const [result] = useQuery({ query: ReportQuery, variables: reportVariables(inspectionId) });
  if (result.fetching && !result.data) return <Loading />;
  if (result.error && !result.data) return <ErrorMessage error={result.error} />;
  const inspection = result.data?.inspection;
  if (!inspection) return <NotFoundPage what="Report" />;
  return <Report inspection={inspection} />;
}

/** The API's answer as the report model's source: the measures of every subsample the page asked for, together. */
function reportOf(inspection: Inspection): PublishedReportModel {
  const report = buildReport({
    ...inspection,
    measureResults: [...inspection.measureResults, ...inspection.subsampleMeasures],
  });
  return withAdditionalSections(
    report,
    (inspection.additionalReportSections ?? []).map((section) => ({
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
        <Section headingId="glossary" headingSize="l" heading="Glossary">
          <dl className="govuk-summary-list board-glossary">
            {report.glossary.map((entry) => (
              <div key={entry.term} className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{entry.term}</dt>
                <dd className="govuk-summary-list__value">{entry.meaning}</dd>
              </div>
            ))}
          </dl>
        </Section>
      ) : null}

      {report.reasons ? (
        <Section headingId="reasons" headingSize="l" heading={report.reasons.title}>
          {report.reasons.text ? <Markdown source={report.reasons.text.text} headingLevel={2} /> : null}
          {report.reasons.recommendations.length > 0 ? (
            <FollowedUpRecommendations items={report.reasons.recommendations} />
          ) : null}
        </Section>
      ) : null}

      <SummarySection report={report} slopes={slopes} baselineLabel={baselineLabel} currentLabel={currentLabel} />

      {report.ratings ? <RatingsSection ratings={report.ratings} /> : null}

      <Section headingId="arrangements" headingSize="l" heading="Inspection arrangements">
        {report.arrangements.text ? <Markdown source={report.arrangements.text.text} headingLevel={2} /> : null}
        {report.arrangements.methodNote ? <p className="govuk-body">{report.arrangements.methodNote}</p> : null}
        <p className="govuk-body">{report.arrangements.evidenceNote}</p>
      </Section>

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

      <Section headingId="about-figures" headingSize="l" heading="About the figures">
        <ul className="govuk-list govuk-list--bullet">
          {report.aboutFigures.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <LeftOutTable
          caption={`Figures not compared with the ${labels.original.toLowerCase()}`}
          figures={summary.notCompared}
        />
      </Section>

      <AdditionalSections sections={report.additionalSections ?? []} />
    </article>
  );
}
