// A message that a change was made. It takes the focus, as GOV.UK's success banner does, so that a keyboard user
// whose button went away with the form it was in carries on from the message.
import { useEffect, useRef } from 'react';

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
