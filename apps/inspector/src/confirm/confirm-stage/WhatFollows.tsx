// What follows a stage: files no longer submittable and second marking after fieldwork, drafting after validation,
// and figures frozen and public for good after publication.
import type { StageStep } from '../stages.ts';

export function WhatFollows({ step, unsubmitted }: { step: StageStep; unsubmitted: string | null }) {
  if (step === 'end-fieldwork')
    return (
      <>
        {unsubmitted ? (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text" data-testid="unsubmitted">
              <span className="govuk-visually-hidden">Warning</span>
              {unsubmitted}
            </strong>
          </div>
        ) : null}
        <ul className="govuk-list govuk-list--bullet">
          <li>Assessors can no longer change answers or submit case files.</li>
          <li>Inspectors can second-mark the submitted case files.</li>
          <li>The lead inspector can move the inspection back to fieldwork, giving a reason.</li>
        </ul>
      </>
    );
  if (step === 'end-validation')
    return (
      <ul className="govuk-list govuk-list--bullet">
        {unsubmitted ? <li data-testid="unsubmitted">{unsubmitted}</li> : null}
        <li>The team drafts the report from the inspection’s figures.</li>
        <li>The lead inspector can move the inspection back to validation, giving a reason.</li>
      </ul>
    );
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        The figures and the text are frozen and the report becomes public. This cannot be undone: a published inspection
        cannot be moved back.
      </strong>
    </div>
  );
}
