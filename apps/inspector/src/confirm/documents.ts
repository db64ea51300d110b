// What the confirmation pages read and change: where an inspection stands before a big step, moving it back.
import { graphql, InvalidInputProblemsFragment, RefusalFragment } from '@scrutiny/graphql-client';

export const StageQuery = graphql(`
  query InspectionStage($id: ID!) {
    inspection(id: $id) {
      id
      title
      status
      published
      previousStage
      area {
        id
        name
      }
      progress {
        caseFiles
        submitted
      }
    }
  }
`);

export const MoveOnMutation = graphql(
  `
    mutation MoveInspectionOn($input: MutationMoveInspectionInput!) {
      moveInspection(input: $input) {
        __typename
        ... on MutationMoveInspectionSuccess {
          data {
            id
            status
            previousStage
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const PublishMutation = graphql(
  `
    mutation PublishConfirmed($input: MutationPublishInspectionInput!) {
      publishInspection(input: $input) {
        __typename
        ... on MutationPublishInspectionSuccess {
          data {
            id
            status
            published
            publishedAt
            previousStage
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const MoveBackMutation = graphql(
  `
    mutation MoveInspectionBack($input: MutationMoveInspectionBackInput!) {
      moveInspectionBack(input: $input) {
        __typename
        ... on MutationMoveInspectionBackSuccess {
          data {
            id
            status
            previousStage
            signedOffAt
          }
        }
        ...InvalidInputProblems
        ...Refusal
      }
    }
  `,
  [InvalidInputProblemsFragment, RefusalFragment],
);
