// Registers the service worker that precaches the app (vite-plugin-pwa / Workbox), so the app opens offline after
// one visit. A new version waits until the user chooses to reload (registerType: 'prompt').
import { registerSW } from 'virtual:pwa-register';

let waiting = false;
let update: ((reload?: boolean) => Promise<void>) | null = null;
const listeners = new Set<() => void>();

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  update = registerSW({
    immediate: true,
    onNeedRefresh() {
      waiting = true;
      for (const listener of listeners) listener();
    },
  });
}

export function subscribeToUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const updateWaiting = (): boolean => waiting;

export async function applyUpdate(): Promise<void> {
  await update?.(true);
}
