// The administrators' GraphQL documents: API tokens for third parties.
import { graphql } from '@scrutiny/graphql-client';

export const ApiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      scopes
      createdAt
      createdBy {
        id
        name
      }
      lastUsedAt
      revokedAt
    }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: MutationCreateApiTokenInput!) {
    createApiToken(input: $input) {
      __typename
      ... on MutationCreateApiTokenSuccess {
        data {
          token
          apiToken {
            id
            name
            scopes
          }
        }
      }
      ... on InvalidInputError {
        problems {
          path
          message
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($input: MutationRevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      __typename
      ... on MutationRevokeApiTokenSuccess {
        data {
          id
          revokedAt
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
