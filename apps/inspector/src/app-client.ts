// The app's one GraphQL client and one queue of unsent answers, shared by every page.
import { createScrutinyClient } from '@scrutiny/graphql-client';
import { SaveQueue } from './saving/save-queue.ts';
import { answerSender } from './saving/send-answer.ts';

export const client = createScrutinyClient();
export const saveQueue = new SaveQueue(window.localStorage, answerSender(client));
