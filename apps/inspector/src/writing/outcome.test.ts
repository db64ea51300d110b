import { CombinedError } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { problemOf } from './outcome.ts';

describe("a mutation's answer in words", () => {
  it('is nothing to say when the change was made', () => {
    expect(problemOf({}, { __typename: 'MutationAddFindingSuccess' })).toBeNull();
  });
  it("is the API's reason when it refused", () => {
    const refusal = { __typename: 'ForbiddenError', code: 'FORBIDDEN', message: 'Only a chief inspector publishes.' };
    expect(problemOf({}, refusal)).toBe('Only a chief inspector publishes.');
  });
  it('reads input refused before the resolver ran, which comes back as a top-level error', () => {
    const error = new CombinedError({ graphQLErrors: ['The finding cannot be empty.'] });
    expect(problemOf({ error }, null)).toBe('The finding cannot be empty.');
  });
  it('says so when Scrutiny cannot be reached, or a refusal came without its words', () => {
    const error = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(problemOf({ error }, undefined)).toMatch(/cannot be reached/);
    expect(problemOf({}, { __typename: 'InvalidStateError' })).toMatch(/refused/);
  });
});
