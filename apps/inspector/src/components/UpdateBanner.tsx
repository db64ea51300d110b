// A new version of the app is announced, never swapped in under the user: they choose when to reload.
import { useSyncExternalStore } from 'react';
import { applyUpdate, subscribeToUpdate, updateWaiting } from '../offline/service-worker.ts';

export function UpdateBanner() {
  const waiting = useSyncExternalStore(subscribeToUpdate, updateWaiting);
  if (!waiting) return null;
  return (
    <div className="govuk-notification-banner govuk-!-margin-top-4" role="region" aria-labelledby="update-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="update-title">
          A new version of Scrutiny is ready
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-body">
          Your answers are kept while it loads.{' '}
          <button type="button" className="app-link-button govuk-link" onClick={() => void applyUpdate()}>
            Reload to use the new version
          </button>
        </p>
      </div>
    </div>
  );
}
