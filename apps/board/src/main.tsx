import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Provider } from 'urql';
import { createBoardClient } from './client.ts';
import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import '@scrutiny/ui/styles.css';
import './styles.css';
import { App } from './App.tsx';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Provider value={createBoardClient()}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </Provider>
  </StrictMode>,
);
