// How the figures compare with the baseline: the test and its correction, and the criterion scores' slope chart.
import { SlopeChart, type SlopeDatum } from '@scrutiny/ui';
import { humanise } from '../labels.ts';

export function BaselineComparison({
  comparison,
  slopes,
  baselineLabel,
  currentLabel,
}: {
  comparison: { summary: string; correction: string; alpha: number } | null;
  slopes: readonly SlopeDatum[];
  baselineLabel: string;
  currentLabel: string;
}) {
  if (!comparison) return <p className="govuk-body">This inspection has no baseline to compare with.</p>;
  return (
    <>
      <div className="govuk-inset-text" data-testid="scores-comparison">
        Against the baseline: {comparison.summary}. A change is significant when Fisher’s exact test, with{' '}
        {humanise(comparison.correction)} correction for testing many figures, gives p below {comparison.alpha}.
      </div>
      <h2 className="govuk-heading-m">Criterion scores against the baseline</h2>
      <SlopeChart
        caption={`Criterion scores, whole sample: ${baselineLabel} and ${currentLabel}`}
        data={slopes}
        baselineLabel={baselineLabel}
        currentLabel={currentLabel}
      />
    </>
  );
}
