// The scores page's ratings, where the framework gives them, and an inspector's override of a standard's rating.
import { graphql, InvalidInputProblemsFragment, RefusalFragment } from '@scrutiny/graphql-client';

export const InspectionRatingsQuery = graphql(`
  query InspectionRatings($id: ID!) {
    inspection(id: $id) {
      id
      status
      published
      ratings {
        questionSet
        questionSets {
          key
          label
        }
        scale {
          key
          label
          from
          points
        }
        standards {
          code
          title
          computed {
            key
            label
          }
          effective {
            key
            label
          }
          lowestKeyQuestion
          override {
            rating {
              key
              label
            }
            reason
            by
          }
          keyQuestions {
            key
            rating {
              key
              label
            }
            measure {
              key
              text
            }
          }
        }
        overall {
          points
          reason
          rating {
            key
            label
          }
        }
        units {
          unit
          caseFiles
          withheld
          standards {
            code
            effective {
              key
              label
            }
          }
          overall {
            rating {
              key
              label
            }
          }
        }
      }
    }
  }
`);

export const OverrideStandardRatingMutation = graphql(
  `
    mutation OverrideStandardRating($input: MutationOverrideStandardRatingInput!) {
      overrideStandardRating(input: $input) {
        __typename
        ... on MutationOverrideStandardRatingSuccess {
          data {
            id
          }
        }
        ...InvalidInputProblems
        ...Refusal
      }
    }
  `,
  [InvalidInputProblemsFragment, RefusalFragment],
);
