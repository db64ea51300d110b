// The GOV.UK confirmation panel shown once a big step is taken. It holds the page's main heading and takes the
// focus, so that a screen reader reads what happened and a keyboard user continues from there.
import { useEffect, useRef, type ReactNode } from 'react';

export function ConfirmationPanel({ title, children }: { title: string; children?: ReactNode }) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    panel.current?.focus();
    document.title = `${title} – Scrutiny`;
  }, [title]);
  return (
    <div className="govuk-panel govuk-panel--confirmation" ref={panel} tabIndex={-1} data-testid="confirmation-panel">
      <h1 className="govuk-panel__title">{title}</h1>
      {children ? <div className="govuk-panel__body">{children}</div> : null}
    </div>
  );
}
