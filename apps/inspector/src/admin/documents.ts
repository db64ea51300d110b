// The administrators' GraphQL documents: API tokens for third parties.
import { graphql, InvalidInputProblemsFragment, RefusalFragment } from '@scrutiny/graphql-client';

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

export const CreateApiTokenMutation = graphql(
  `
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
        ...InvalidInputProblems
        ...Refusal
      }
    }
  `,
  [InvalidInputProblemsFragment, RefusalFragment],
);

export const RevokeApiTokenMutation = graphql(
  `
    mutation RevokeApiToken($input: MutationRevokeApiTokenInput!) {
      revokeApiToken(input: $input) {
        __typename
        ... on MutationRevokeApiTokenSuccess {
          data {
            id
            revokedAt
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

// Frameworks written as files: every stored version, upload for problems or a preview, publish, download.
export const AdminFrameworksQuery = graphql(`
  query AdminFrameworks {
    frameworks {
      id
      key
      version
      title
    }
  }
`);

export const UploadFrameworkMutation = graphql(
  `
    mutation UploadFramework($input: MutationUploadFrameworkInput!) {
      uploadFramework(input: $input) {
        __typename
        ... on MutationUploadFrameworkSuccess {
          data {
            problems {
              where
              message
            }
            preview {
              key
              version
              title
              description
              definition
              storedAlready
              usedByInspections
              changes {
                fromVersion
                added
                removed
                reworded {
                  key
                  before
                  after
                }
                moved {
                  key
                  fromCriterion
                  toCriterion
                }
                comparable {
                  key
                  earlierKey
                }
                notComparable
              }
            }
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const PublishFrameworkMutation = graphql(
  `
    mutation PublishFramework($input: MutationPublishFrameworkInput!) {
      publishFramework(input: $input) {
        __typename
        ... on MutationPublishFrameworkSuccess {
          data {
            id
            key
            version
            title
          }
        }
        ...InvalidInputProblems
        ...Refusal
      }
    }
  `,
  [InvalidInputProblemsFragment, RefusalFragment],
);

export const FrameworkFileQuery = graphql(`
  query FrameworkFile($key: String!, $version: String!, $format: FrameworkFileFormat!) {
    frameworkFile(key: $key, version: $version, format: $format) {
      fileName
      mediaType
      content
    }
  }
`);
