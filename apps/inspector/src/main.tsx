import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import '@scrutiny/ui/styles.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { App } from './App.tsx';
import { client, saveQueue } from './app-client.ts';
import { registerServiceWorker } from './offline/service-worker.ts';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
saveQueue.start(window);
registerServiceWorker();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Provider value={client}>
      <App />
    </Provider>
  </StrictMode>,
);
