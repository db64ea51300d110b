// The GOV.UK confirmation panel shown once a big step is taken. As the page's main heading (the default) it takes
// the focus and names the page, so that a screen reader reads what happened and a keyboard user continues from there;
// as a part of a page (`headingLevel` 2) it only shows.
import { useEffect, useRef, type ReactNode } from 'react';

export interface ConfirmationPanelProps {
  title: string;
  children?: ReactNode;
  headingLevel?: 1 | 2;
}

export function ConfirmationPanel({ title, children, headingLevel = 1 }: ConfirmationPanelProps) {
  const panel = useRef<HTMLDivElement>(null);
  const isPageHeading = headingLevel === 1;
  useEffect(() => {
    if (!isPageHeading) return;
    panel.current?.focus();
    document.title = `${title} – Scrutiny`;
  }, [title, isPageHeading]);
  const Heading = `h${headingLevel}` as const;
  return (
    <div
      className="govuk-panel govuk-panel--confirmation"
      ref={isPageHeading ? panel : undefined}
      tabIndex={isPageHeading ? -1 : undefined}
      data-testid={isPageHeading ? 'confirmation-panel' : undefined}
    >
      <Heading className="govuk-panel__title">{title}</Heading>
      {children ? <div className="govuk-panel__body">{children}</div> : null}
    </div>
  );
}
