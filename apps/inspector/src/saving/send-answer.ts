// Sends one queued save through the app's GraphQL client and says what the server made of it.
import type { Client } from '@urql/core';
import { SaveAnswerMutation } from '../documents.ts';
import type { SendResult } from './save-queue.ts';
import type { QueuedSave } from './queue-state.ts';

export function answerSender(client: Client) {
  return async (entry: QueuedSave, expectedVersion: number | null, authorId: string): Promise<SendResult> => {
    const result = await client
      .mutation(
        SaveAnswerMutation,
        {
          input: {
            caseFileId: entry.caseFileId,
            measureKey: entry.measureKey,
            value: entry.value,
            reason: entry.reason,
            comment: entry.comment,
            expectedVersion,
            clientMutationId: entry.id,
            // The server refuses it under anyone else's session: it then waits for its author.
            authorId,
          },
        },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    const outcome = result.data?.saveAnswer;
    if (!outcome) {
      const unauthenticated = result.error?.graphQLErrors.some((e) => e.extensions['code'] === 'UNAUTHENTICATED');
      // Anything else (no network, a proxy's error page, a server fault) is worth retrying: the save stays queued.
      return { kind: unauthenticated ? 'unauthenticated' : 'unreachable' };
    }
    switch (outcome.__typename) {
      case 'MutationSaveAnswerSuccess':
        return { kind: 'saved', version: outcome.data.version };
      case 'AnswerConflictError':
        return {
          kind: 'conflict',
          theirs: {
            value: outcome.current.value,
            reason: outcome.current.reason ?? null,
            comment: outcome.current.comment ?? null,
            version: outcome.current.version,
            answeredBy: outcome.current.answeredBy,
            updatedAt: outcome.current.updatedAt,
          },
        };
      case 'UnauthenticatedError':
        return { kind: 'unauthenticated' };
      default:
        return { kind: 'refused', message: outcome.message };
    }
  };
}
