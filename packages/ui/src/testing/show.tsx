// The page side of `mountInPage`: renders one element into the page's #root.
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';

export function show(element: ReactElement): void {
  createRoot(document.getElementById('root')!).render(element);
}
