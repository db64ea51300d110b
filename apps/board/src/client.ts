import { createScrutinyClient } from '@scrutiny/graphql-client';
import type { Client } from 'urql';

export function createBoardClient(): Client {
  return createScrutinyClient();
}
