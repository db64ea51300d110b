// The agreement between assessors and inspectors over every case file compared so far, and what kappa means.
import { agreementPercent, type AgreementLike } from '../agreement-text.ts';
import { KappaValue } from './KappaValue.tsx';

export function AgreementSummary({
  agreement,
}: {
  agreement: { caseFiles: number; overall: AgreementLike; unresolved: number; disagreements: number };
}) {
  return (
    <>
      <h2 className="govuk-heading-m">Agreement so far</h2>
      <dl className="govuk-summary-list" data-testid="agreement-overall">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Case files compared</dt>
          <dd className="govuk-summary-list__value">{agreement.caseFiles}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Answers compared</dt>
          <dd className="govuk-summary-list__value" data-testid="agreement-pairs">
            {agreement.overall.pairs}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Answers agreed</dt>
          <dd className="govuk-summary-list__value" data-testid="agreement-percentage">
            {agreementPercent(agreement.overall)}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Cohen’s kappa</dt>
          <dd className="govuk-summary-list__value" data-testid="agreement-kappa">
            <KappaValue figure={agreement.overall} />
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Disagreements to resolve</dt>
          <dd className="govuk-summary-list__value" data-testid="agreement-unresolved">
            {agreement.unresolved} of {agreement.disagreements}
          </dd>
        </div>
      </dl>
      <p className="govuk-body-s">
        Kappa discounts the agreement two raters would reach by chance: 1 is complete agreement, 0 no better than
        chance. Resolving a disagreement changes the answer, not these figures: they compare the two raters’ own
        answers.
      </p>
    </>
  );
}
