import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Provider } from 'urql';
import { createBoardClient } from './client.ts';
import { readServerState } from './server-state.ts';
// Only the GOV.UK components a first paint needs; signed-in pages load theirs with their code (govuk-styles/).
import './govuk-styles/public-pages.scss';
import '@scrutiny/ui/styles.css';
import './styles.css';
import { App } from './App.tsx';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');

const root = document.getElementById('root')!;
// A public page rendered on the server (apps/board/src/server) is taken over as it is; any other page is drawn here.
const state = readServerState(document);
const app = (
  <StrictMode>
    <Provider value={createBoardClient(state)}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </Provider>
  </StrictMode>
);
// Taken over as a transition: React hydrates in slices of a few milliseconds and lets the browser answer the reader
// in between, instead of one long task that holds a phone's main thread (Lighthouse's total blocking time).
if (state && root.firstElementChild) startTransition(() => void hydrateRoot(root, app));
else createRoot(root).render(app);
