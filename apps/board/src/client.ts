import { createScrutinyClient } from '@scrutiny/graphql-client';
import { ssrExchange, type Client, type SSRData } from 'urql';

/**
 * The board's client. A page rendered on the server carries the answers it was rendered from (`state`): they are
 * served from there first, so the app takes the page over without fetching or redrawing it.
 */
export function createBoardClient(state?: SSRData): Client {
  if (!state) return createScrutinyClient();
  return createScrutinyClient({ exchanges: [ssrExchange({ isClient: true, initialState: state })] });
}
