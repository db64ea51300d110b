// The answers being typed on a case file that are not yet queued: kept in localStorage (per person and file) so a
// reload or a closed tab loses nothing, queued once the file has loaded, and queued at once when the page is left.
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseDrafts, type LocalDraft } from '../../saving/drafts.ts';

const draftsKey = (userId: string, caseFileId: string) => `scrutiny.inspector.drafts.v1.${userId}|${caseFileId}`;

export function useDraftStore(userId: string, caseFileId: string, loaded: boolean) {
  const storageKey = draftsKey(userId, caseFileId);
  const [initialDrafts] = useState(() => parseDrafts(localStorage.getItem(storageKey)));
  const drafts = useRef<Record<string, LocalDraft>>(initialDrafts);
  const [, setRendered] = useState(0);
  const rerender = () => setRendered((n) => n + 1);
  const [reasonMissing, setReasonMissing] = useState<ReadonlySet<string>>(new Set());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const commitRef = useRef<(measureKey: string, flagMissing: boolean) => void>(() => {});

  // Drafts a reload or a closed tab left pending are queued once the file (and its saved answers) has loaded.
  useEffect(() => {
    if (!loaded) return;
    for (const [measureKey, local] of Object.entries(drafts.current))
      if (local.pending) commitRef.current(measureKey, false);
  }, [loaded]);

  const persistDrafts = useCallback(() => {
    const pending = Object.fromEntries(Object.entries(drafts.current).filter(([, d]) => d.pending));
    try {
      if (Object.keys(pending).length === 0) localStorage.removeItem(storageKey);
      else localStorage.setItem(storageKey, JSON.stringify(pending));
    } catch {
      // Storage blocked: the draft lives while the page does.
    }
  }, [storageKey]);

  // Leaving the page (another page of the app, a reload, a closed tab): what waits for a pause is queued now.
  useEffect(() => {
    const pendingTimers = timers.current;
    const flush = () => {
      for (const [measureKey, timer] of pendingTimers) {
        clearTimeout(timer);
        commitRef.current(measureKey, false);
      }
      pendingTimers.clear();
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  return { drafts, rerender, reasonMissing, setReasonMissing, timers, commitRef, persistDrafts };
}

export type DraftStore = ReturnType<typeof useDraftStore>;
