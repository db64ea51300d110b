// The inspection's status, its baseline and how far the assessment has gone.
import { humanise } from '../labels.ts';

export function ScoresSummary({
  status,
  baseline,
  progress,
}: {
  status: string;
  baseline: { title: string; year: number } | null;
  progress: { answered: number; questions: number; submitted: number; caseFiles: number } | null;
}) {
  return (
    <dl className="govuk-summary-list">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Status</dt>
        <dd className="govuk-summary-list__value">{humanise(status)}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Baseline</dt>
        <dd className="govuk-summary-list__value">{baseline ? `${baseline.title} (${baseline.year})` : 'None'}</dd>
      </div>
      {progress ? (
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Progress</dt>
          <dd className="govuk-summary-list__value" data-testid="scores-progress">
            {progress.answered} of {progress.questions} questions assessed; {progress.submitted} of {progress.caseFiles}{' '}
            case files submitted
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
