// The administration pages' GOV.UK success banner: announced as an alert and focusable, so that the page can move
// the focus to it when the button that was pressed has gone.
import type { ReactNode, Ref } from 'react';

export function SuccessBanner({
  titleId,
  bannerRef,
  children,
}: {
  /** The id of the banner's title, which names it. */
  titleId: string;
  bannerRef: Ref<HTMLDivElement>;
  children: ReactNode;
}) {
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby={titleId}
      ref={bannerRef}
      tabIndex={-1}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}
