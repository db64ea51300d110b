// One subsample's scores: its criteria and its measures, each against the baseline where there is one.
import { ScoreTable } from './ScoreTable.tsx';
import { scoreRows, type FigureComparison, type Score } from './scores-model.ts';

export interface Subsample {
  key: string;
  label: string;
  criteria: Score[];
  measures: Score[];
}

export function SubsampleScores({
  subsample,
  figures,
}: {
  subsample: Subsample;
  figures: readonly FigureComparison[];
}) {
  return (
    <section aria-labelledby={`scores-${subsample.key}`}>
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
  );
}
