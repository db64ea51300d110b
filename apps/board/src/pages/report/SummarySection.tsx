// The report's summary: the comparison with the original inspection, what could not be computed, the key findings,
// the criterion scores at a glance and the next steps.
import type { PublishedReportModel } from '@scrutiny/domain';
import { Markdown, SlopeChart, type SlopeDatum, Section } from '@scrutiny/ui';
import { LeftOutTable } from './LeftOutTable.tsx';

export function SummarySection({
  report,
  slopes,
  baselineLabel,
  currentLabel,
}: {
  report: PublishedReportModel;
  slopes: SlopeDatum[];
  baselineLabel: string;
  currentLabel: string;
}) {
  const { labels, summary } = report;
  return (
    <Section headingId="summary" headingSize="l" heading={summary.title}>
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
    </Section>
  );
}
