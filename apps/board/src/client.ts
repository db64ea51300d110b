import { createScrutinyClient } from '@scrutiny/graphql-client';
import { makeOperation, mapExchange, type Client } from 'urql';

// urql sends queries as GET by default, but GET /graphql is answered by the static app server with index.html;
// every operation goes as POST instead.
const postOnly = mapExchange({
  onOperation: (operation) =>
    makeOperation(operation.kind, operation, { ...operation.context, preferGetMethod: false }),
});

export function createBoardClient(): Client {
  return createScrutinyClient({ exchanges: [postOnly] });
}
