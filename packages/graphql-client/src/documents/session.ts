// Signing in and out: the same operations from both apps (each app's documents module re-exports them, so that its
// trusted-documents manifest holds them).
import { graphql } from '../graphql.ts';

export const SignInMutation = graphql(`
  mutation SignIn($input: MutationSignInInput!) {
    signIn(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
