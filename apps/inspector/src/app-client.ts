// The app's one GraphQL client and one queue of unsent answers, shared by every page.
import { makeOperation, mapExchange } from '@urql/core';
import { createScrutinyClient } from '@scrutiny/graphql-client';
import { SaveQueue } from './saving/save-queue.ts';
import { answerSender } from './saving/send-answer.ts';

/**
 * Every request is a POST: urql would send queries as GET, which the server's single-page fallback for the
 * app at `/` answers with HTML before GraphQL sees it (and answers are personal, never to be cached by URL).
 */
const postOnly = mapExchange({
  onOperation: (operation) =>
    makeOperation(operation.kind, operation, { ...operation.context, preferGetMethod: false }),
});

export const client = createScrutinyClient({ exchanges: [postOnly] });
export const saveQueue = new SaveQueue(window.localStorage, answerSender(client));
