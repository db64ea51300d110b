// A table that may be wider than a phone scrolls inside its own region, never the page (WCAG 1.4.10 reflow). The
// region can take the focus, so the keyboard scrolls it too, and is named after the table's caption.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export function TableRegion({ children, label }: { children: ReactNode; label?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [name, setName] = useState(label ?? 'Table');
  useLayoutEffect(() => {
    if (label) return;
    const caption = ref.current?.querySelector('caption')?.textContent?.trim();
    if (caption && caption !== name) setName(caption);
  });
  return (
    <div className="ui-table-scroll" role="region" aria-label={name} tabIndex={0} ref={ref}>
      {children}
    </div>
  );
}
