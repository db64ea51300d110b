// The board's documents for the factual accuracy check of a draft report.
import { FactualAccuracyCommentFragment, graphql, RefusalFragment } from '@scrutiny/graphql-client';

export const FactualAccuracyDraftQuery = graphql(
  `
    query FactualAccuracyDraft($id: ID!) {
      inspection(id: $id) {
        id
        title
        year
        status
        published
        area {
          id
          code
          name
        }
        framework {
          id
          criteria {
            code
            title
          }
        }
        reportTexts {
          id
          section
        }
        criterionScores {
          code
        }
        measureResults {
          key
          criterion
          text
        }
        factualAccuracyComments {
          ...FactualAccuracyCommentListed
        }
      }
    }
  `,
  [FactualAccuracyCommentFragment],
);

export const AddFactualAccuracyCommentMutation = graphql(
  `
    mutation AddFactualAccuracyComment($input: MutationAddFactualAccuracyCommentInput!) {
      addFactualAccuracyComment(input: $input) {
        __typename
        ... on MutationAddFactualAccuracyCommentSuccess {
          data {
            id
            section
            text
            resolved
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);
