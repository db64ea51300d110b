// The GOV.UK error summary: focused when it appears, so a keyboard or screen reader user hears what went wrong.
import { useEffect, useRef } from 'react';

export interface FieldProblem {
  message: string;
  /** The id of the control the problem is about, linked from the summary. */
  field?: string;
}

export function ErrorSummary({ problems }: { problems: readonly FieldProblem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const text = problems.map((p) => p.message).join('\n');
  useEffect(() => {
    if (text) ref.current?.focus();
  }, [text]);
  if (problems.length === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {problems.map((p) => (
              <li key={`${p.field ?? ''}${p.message}`}>
                {p.field ? <a href={`#${p.field}`}>{p.message}</a> : p.message}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

/**
 * A message that a change was made. It takes the focus, as GOV.UK's success banner does, so that a keyboard user
 * whose button went away with the form it was in carries on from the message.
 */
export function Done({ message }: { message: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      data-module="govuk-notification-banner"
      ref={ref}
      tabIndex={-1}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title">Done</h2>
      </div>
      <div className="govuk-notification-banner__content" role="status">
        <p className="govuk-notification-banner__heading">{message}</p>
      </div>
    </div>
  );
}
