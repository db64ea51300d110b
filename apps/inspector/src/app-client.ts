// The app's one GraphQL client (through the offline fetch, which keeps what an assessor needs with no connection)
// and one queue of unsent answers, shared by every page.
import { createScrutinyClient } from '@scrutiny/graphql-client';
import { offlineFetch } from './offline/offline-fetch.ts';
import { SaveQueue } from './saving/save-queue.ts';
import { answerSender } from './saving/send-answer.ts';

export const offline = offlineFetch();
export const client = createScrutinyClient({ fetch: offline.fetch });
export const saveQueue = new SaveQueue(window.localStorage, answerSender(client));
