// An inspection for its inspectors: assessment progress and the case files with their assessors, kept current by
// the inspectionProgress subscription; its live scores have their own page.
import { useEffect } from 'react';
import { useQuery, useSubscription } from 'urql';
import { InspectionQuery } from '../documents.ts';
import { humanise } from '../labels.ts';
import { assessmentColumn, assessorColumn, riskOfHarmColumn } from '../sample/case-file-columns.tsx';
import { Link } from '../routing/router.tsx';
import { InspectionProgressSubscription } from '../scores/documents.ts';
import { Table } from '@scrutiny/ui';

const longDate = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' });

export function InspectionPage({ id }: { id: string }) {
  const [result] = useQuery({ query: InspectionQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const inspection = result.data?.inspection ?? null;
  // Each event is written into the cache, which updates the progress and case files shown here.
  useSubscription({
    query: InspectionProgressSubscription,
    variables: { id },
    pause: !inspection || inspection.published,
  });
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
  const progress = inspection.progress;

  return (
    <>
      <span className="govuk-caption-l">
        {inspection.area.name}, {inspection.year}
      </span>
      <h1 className="govuk-heading-l">{inspection.title}</h1>
      <p className="govuk-body">
        <Link to="/">Back to my inspections</Link>
        {' · '}
        <Link to={`/inspections/${encodeURIComponent(inspection.id)}/plan`}>Plan and team</Link>
        {' · '}
        <Link to={`/inspections/${encodeURIComponent(inspection.id)}/scores`}>Live scores against the baseline</Link>
        {!inspection.published ? (
          <>
            {' · '}
            <Link to={`/inspections/${encodeURIComponent(inspection.id)}/sample`}>
              Case list, sample and assignment
            </Link>
            {' · '}
            <Link to={`/inspections/${encodeURIComponent(inspection.id)}/validation`}>Validation and agreement</Link>
          </>
        ) : null}
        {' · '}
        <Link to={`/inspections/${encodeURIComponent(inspection.id)}/evidence`}>Meetings and evidence</Link>
        {' · '}
        <Link to={`/inspections/${encodeURIComponent(inspection.id)}/findings`}>Findings and recommendations</Link>
        {' · '}
        <Link to={`/inspections/${encodeURIComponent(inspection.id)}/report`}>Draft report and publication</Link>
        {inspection.mayReadAuditLog ? (
          <>
            {' · '}
            <Link to={`/inspections/${encodeURIComponent(inspection.id)}/audit`}>Audit log</Link>
          </>
        ) : null}
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
        {inspection.published ? (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Personal data</dt>
            <dd className="govuk-summary-list__value" data-testid="personal-data-retention">
              <p className="govuk-body govuk-!-margin-bottom-1">
                {inspection.personalDataErasedAt
                  ? `Case-level personal data was erased on ${longDate(inspection.personalDataErasedAt)}.`
                  : inspection.personalDataErasureDue
                    ? `Case-level personal data will be erased on ${longDate(inspection.personalDataErasureDue)}.`
                    : 'Case-level personal data is kept until the inspection is published, then for the retention period.'}
              </p>
              <p className="govuk-body-s govuk-!-margin-0">What remains: {inspection.afterErasureRemains}</p>
            </dd>
          </div>
        ) : null}
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

      <h2 className="govuk-heading-m">Case files</h2>
      {files.length ? (
        <Table
          caption={{ text: 'Case files, with their assessor and status', size: 'hidden' }}
          rows={files}
          columns={[
            {
              header: 'Case file',
              rowHeader: true,
              cell: (file) => (
                <>
                  <Link to={`/case-files/${encodeURIComponent(file.id)}`}>{file.reference}</Link>
                  {file.sampleRole !== 'SAMPLE' ? ` (${humanise(file.sampleRole)})` : ''}
                </>
              ),
            },
            riskOfHarmColumn,
            assessorColumn,
            assessmentColumn(),
          ]}
        />
      ) : (
        <p className="govuk-body">No case files you may read.</p>
      )}
    </>
  );
}
