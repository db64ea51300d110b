// The scores page's ratings, where the framework gives them, and an inspector's override of a standard's rating.
import {
  graphql,
  InvalidInputProblemsFragment,
  RefusalFragment,
  ReportOverallRatingFragment,
  ReportStandardRatingFragment,
  ReportUnitRatingsFragment,
} from '@scrutiny/graphql-client';

/**
 * The ratings as the published report gives them (the report's fragments), with what only the inspectors see: the
 * scale, and the key questions behind each standard's rating.
 */
export const InspectionRatingsQuery = graphql(
  `
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
            ...ReportStandardRating
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
            ...ReportOverallRating
          }
          units {
            ...ReportUnitRatings
          }
        }
      }
    }
  `,
  [ReportStandardRatingFragment, ReportOverallRatingFragment, ReportUnitRatingsFragment],
);

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
