// The way to submit a case file, below its questions.
import { Link } from '../../routing/router.tsx';
import { Section } from '@scrutiny/ui';

/** Submitting goes through "Check your answers" (confirm/CheckAnswersPage.tsx): never one click from here. */
export function SubmitSection(props: { caseFileId: string; unsent: number; assessed: number; asked: number }) {
  return (
    <Section headingId="submit-heading" heading="Submit the case file" className="govuk-!-margin-top-6">
      <p className="govuk-body">
        {props.assessed} of {props.asked} questions assessed.
      </p>
      {props.unsent > 0 ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Some answers on this file are still waiting to be sent: submit it once every answer is saved.
          </strong>
        </div>
      ) : null}
      <Link className="govuk-button" to={`/case-files/${encodeURIComponent(props.caseFileId)}/check`}>
        Check your answers
      </Link>
    </Section>
  );
}
