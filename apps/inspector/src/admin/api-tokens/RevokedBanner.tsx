// The success banner after a revocation: it takes the focus, since the button that was pressed has gone.
import { useEffect, useRef } from 'react';

export function RevokedBanner({ name }: { name: string }) {
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    banner.current?.focus();
  }, [name]);
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="token-revoked-title"
      ref={banner}
      tabIndex={-1}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="token-revoked-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          The token “{name}” is revoked: its next request is refused.
        </p>
      </div>
    </div>
  );
}
