// What the last action left to see: a one-time link to pass on, or a success banner.
import type { Ref } from 'react';
import { SuccessBanner } from '../SuccessBanner.tsx';

export interface Issued {
  heading: string;
  url: string;
  emailed: boolean;
}

export function IssuedLink({ issued, panelRef }: { issued: Issued; panelRef: Ref<HTMLDivElement> }) {
  return (
    <div className="govuk-inset-text" ref={panelRef} tabIndex={-1} role="status">
      <h2 className="govuk-heading-m">{issued.heading}</h2>
      <p className="govuk-body">
        {issued.emailed
          ? 'The link has been emailed to them. You can also pass it on yourself:'
          : 'Pass this link on to them. It is shown only now:'}
      </p>
      <p className="govuk-body app-break-anywhere">
        <code id="issued-link">{issued.url}</code>
      </p>
      <p className="govuk-body-s">It works once, within 24 hours.</p>
    </div>
  );
}

export function PeopleDone({ done, panelRef }: { done: string; panelRef: Ref<HTMLDivElement> }) {
  return (
    <SuccessBanner titleId="people-done-title" bannerRef={panelRef}>
      {done}
    </SuccessBanner>
  );
}
