// What a mutation's answer means to the person who asked: nothing to say (it worked), or the API's reason in words.
import type { CombinedError } from '@urql/core';

interface MutationAnswer {
  error?: CombinedError | undefined;
}

/** A payload is a success, or one of the API's typed errors (`... on Error { code message }`). */
type Payload = { __typename: string } | { __typename: string; code: string; message: string };

/**
 * The problem to show, or null when the change was made. Input the API refuses before its resolver runs (an empty
 * text, say) comes back as a top-level error carrying the same code, so both shapes are read.
 */
export function problemOf(answer: MutationAnswer, payload: Payload | null | undefined): string | null {
  const refusal = answer.error?.graphQLErrors[0];
  if (refusal) return refusal.message;
  if (answer.error?.networkError) return 'Scrutiny cannot be reached. Check your connection and try again.';
  if (!payload) return 'Scrutiny did not answer. Try again.';
  if ('message' in payload) return payload.message;
  // A refusal whose words did not reach us is still a refusal.
  if (!payload.__typename.endsWith('Success')) return 'The change was refused. Reload the page and try again.';
  return null;
}
