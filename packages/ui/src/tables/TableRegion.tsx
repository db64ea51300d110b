// A table that may be wider than a phone scrolls inside its own region, never the page (WCAG 1.4.10 reflow). The
// region can take the focus, so the keyboard scrolls it too, and is named after the table's caption: by the
// caption's id (`labelledBy`, named so in the server's markup too), by a given `label`, or else once it shows.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export function TableRegion({
  children,
  label,
  labelledBy,
}: {
  children: ReactNode;
  label?: string;
  /** The id of the table's caption. */
  labelledBy?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [name, setName] = useState(label ?? 'Table');
  useLayoutEffect(() => {
    if (label || labelledBy) return;
    const caption = ref.current?.querySelector('caption')?.textContent?.trim();
    if (caption && caption !== name) setName(caption);
  });
  return (
    <div
      className="ui-table-scroll"
      role="region"
      aria-label={labelledBy ? undefined : name}
      aria-labelledby={labelledBy}
      tabIndex={0}
      ref={ref}
    >
      {children}
    </div>
  );
}
