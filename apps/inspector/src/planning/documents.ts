// The planning screens' GraphQL documents: creating an inspection (with its baseline and the recommendations it
// follows up) and its plan page with the team.
import {
  graphql,
  InvalidInputProblemsFragment,
  RefusalFragment,
  ReportRecommendationFragment,
} from '@scrutiny/graphql-client';
import { InspectionHeadingFragment } from '../documents.ts';

export const MayPlanQuery = graphql(`
  query MayPlan {
    viewer {
      id
      mayPlanInspections
    }
  }
`);

export const PlanningChoicesQuery = graphql(`
  query PlanningChoices {
    viewer {
      id
      mayPlanInspections
    }
    areas {
      id
      code
      name
      retired
    }
    frameworks {
      id
      key
      version
      title
    }
  }
`);

export const BaselineCandidatesQuery = graphql(
  `
    query BaselineCandidates($areaId: ID!, $year: Int!) {
      node(id: $areaId) {
        id
        ... on Area {
          baselineCandidates(year: $year) {
            id
            title
            year
            kind
            status
            recommendations {
              ...ReportRecommendation
            }
          }
        }
      }
    }
  `,
  [ReportRecommendationFragment],
);

export const CreateInspectionMutation = graphql(
  `
    mutation CreateInspection($input: MutationCreateInspectionInput!) {
      createInspection(input: $input) {
        __typename
        ... on MutationCreateInspectionSuccess {
          data {
            id
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

const TeamFields = graphql(`
  fragment PlanTeam on Inspection @_unmask {
    id
    team {
      role
      user {
        id
        name
        role
      }
    }
    teamCandidates {
      roles
      user {
        id
        name
        role
      }
    }
  }
`);

export const InspectionPlanQuery = graphql(
  `
    query InspectionPlan($id: ID!) {
      inspection(id: $id) {
        ...InspectionHeading
        kind
        offenderInterviews
        fieldworkStart
        fieldworkEnd
        framework {
          id
          key
          version
          title
        }
        baseline {
          id
          title
          year
          recommendations {
            ...ReportRecommendation
          }
        }
        mayChangeFollowedUpRecommendations
        mayChangeOffenderInterviews
        followedUpRecommendations {
          id
          recommendation {
            id
            number
            text
          }
        }
        ...PlanTeam
      }
    }
  `,
  [TeamFields, InspectionHeadingFragment, ReportRecommendationFragment],
);

export const AddTeamMemberMutation = graphql(
  `
    mutation AddTeamMember($input: MutationAddTeamMemberInput!) {
      addTeamMember(input: $input) {
        __typename
        ... on MutationAddTeamMemberSuccess {
          data {
            ...PlanTeam
          }
        }
        ...Refusal
      }
    }
  `,
  [TeamFields, RefusalFragment],
);

export const FollowUpRecommendationMutation = graphql(
  `
    mutation FollowUpRecommendation($input: MutationFollowUpRecommendationInput!) {
      followUpRecommendation(input: $input) {
        __typename
        ... on MutationFollowUpRecommendationSuccess {
          data {
            id
            followedUpRecommendations {
              id
              recommendation {
                id
                number
                text
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

export const OffenderInterviewsQuery = graphql(
  `
    query OffenderInterviews($id: ID!) {
      inspection(id: $id) {
        ...InspectionHeading
        offenderInterviews
        mayChangeOffenderInterviews
      }
    }
  `,
  [InspectionHeadingFragment],
);

export const SetOffenderInterviewsMutation = graphql(
  `
    mutation SetOffenderInterviews($input: MutationSetOffenderInterviewsInput!) {
      setOffenderInterviews(input: $input) {
        __typename
        ... on MutationSetOffenderInterviewsSuccess {
          data {
            id
            offenderInterviews
            mayChangeOffenderInterviews
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);
