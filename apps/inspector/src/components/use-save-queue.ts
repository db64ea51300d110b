import { useSyncExternalStore } from 'react';
import { saveQueue } from '../app-client.ts';
import type { QueueSnapshot } from '../saving/save-queue.ts';

export function useSaveQueue(): QueueSnapshot {
  return useSyncExternalStore(saveQueue.subscribe, saveQueue.getSnapshot);
}
