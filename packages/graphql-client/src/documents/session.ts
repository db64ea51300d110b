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

/** How the deployment signs people in, which both sign-in pages offer. */
export const SignInOptionsQuery = graphql(`
  query SignInOptions {
    signInOptions {
      passwordsForEveryone
      singleSignOn {
        name
        startUrl
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
