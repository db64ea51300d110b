// A part of a page under its own heading, named by that heading for assistive technology (a region's landmark).
import type { ComponentProps, ReactNode } from 'react';

export type SectionProps = Omit<ComponentProps<'section'>, 'aria-labelledby'> & {
  /** The heading's id, which names the section. */
  headingId: string;
  heading: ReactNode;
  /** GOV.UK's heading size: `l` for a page's main parts, `m` (the default) for a part of one. */
  headingSize?: 'l' | 'm';
};

export function Section({ headingId, heading, headingSize = 'm', children, ...section }: SectionProps) {
  return (
    <section aria-labelledby={headingId} {...section}>
      <h2 className={`govuk-heading-${headingSize}`} id={headingId}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
