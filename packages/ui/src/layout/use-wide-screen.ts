// Whether the screen is wide enough for the service navigation's links in a row: GOV.UK Frontend's tablet
// breakpoint (40.0625em). Below it the menu collapses behind a "Menu" button, as GOV.UK's own script does. A page
// made on the server (and read without JavaScript) shows the whole menu; the browser collapses it once it runs.
import { useSyncExternalStore } from 'react';

const WIDE = '(min-width: 40.0625em)';

function subscribe(listener: () => void): () => void {
  const query = window.matchMedia(WIDE);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

export function useWideScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(WIDE).matches,
    () => true,
  );
}
