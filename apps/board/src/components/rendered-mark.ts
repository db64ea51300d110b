import { useEffect } from 'react';

/** The performance mark a page sets once its data is in and rendered (read by bench/report-render.ts). */
export const REPORT_RENDERED = 'scrutiny:report-rendered';

/**
 * Marks the moment a page has committed its content: a `performance.mark` (timed from navigation start) and a
 * `data-rendered` attribute on <html>, so a benchmark or a test can tell "fully rendered" from "still loading".
 */
export function useRenderedMark(name: string, key: string): void {
  useEffect(() => {
    performance.mark(name, { detail: key });
    document.documentElement.dataset.rendered = name;
    return () => {
      delete document.documentElement.dataset.rendered;
    };
  }, [name, key]);
}
