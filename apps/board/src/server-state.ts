// The answers a page was rendered from on the server travel inside it as JSON (not script: the Content-Security-Policy
// allows no inline script), read once by main.tsx before the app takes the page over.
import { SERVER_STATE_ELEMENT_ID } from '@scrutiny/public-pages';
import type { SSRData } from 'urql';

/** JSON safe inside <script type="application/json">: no `<` that could close the element. */
export function serverStateJson(state: SSRData): string {
  return JSON.stringify(state).replace(/</g, '\\u003c');
}

export function readServerState(document: Document): SSRData | undefined {
  const text = document.getElementById(SERVER_STATE_ELEMENT_ID)?.textContent;
  return text ? (JSON.parse(text) as SSRData) : undefined;
}
