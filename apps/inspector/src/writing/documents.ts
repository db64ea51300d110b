// The GraphQL documents of the writing pages: meetings and evidence, findings and good practice, recommendations,
// the draft report's text, its preview and its workflow up to publication.
import {
  FactualAccuracyCommentFragment,
  graphql,
  RefusalFragment,
  ReportFrameworkFragment,
  ReportRecommendationFollowUpFragment,
  ReportRecommendationFragment,
} from '@scrutiny/graphql-client';
import { InspectionHeadingFragment } from '../documents.ts';

// Each refusal is asked for through the Error interface (the shared Refusal fragment): the normalised cache is given
// the schema's interfaces, so it knows that ForbiddenError is an Error and keeps the message.

export const EvidencePageQuery = graphql(
  `
    query EvidencePage($id: ID!) {
      inspection(id: $id) {
        ...InspectionHeading
        published
        meetings {
          id
          heldOn
          attendees
          kind
          notes
          updatedAt
        }
        evidenceItems {
          id
          kind
          title
          description
          meeting {
            id
          }
        }
      }
    }
  `,
  [InspectionHeadingFragment],
);

export const AddMeetingMutation = graphql(
  `
    mutation AddMeeting($input: MutationAddMeetingInput!) {
      addMeeting(input: $input) {
        __typename
        ... on MutationAddMeetingSuccess {
          data {
            id
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const UpdateMeetingMutation = graphql(
  `
    mutation UpdateMeeting($input: MutationUpdateMeetingInput!) {
      updateMeeting(input: $input) {
        __typename
        ... on MutationUpdateMeetingSuccess {
          data {
            id
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const RemoveMeetingMutation = graphql(
  `
    mutation RemoveMeeting($input: MutationRemoveMeetingInput!) {
      removeMeeting(input: $input) {
        __typename
        ... on MutationRemoveMeetingSuccess {
          data {
            id
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const AddEvidenceMutation = graphql(
  `
    mutation AddEvidence($input: MutationAddEvidenceInput!) {
      addEvidence(input: $input) {
        __typename
        ... on MutationAddEvidenceSuccess {
          data {
            id
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const FindingsOverviewQuery = graphql(
  `
    query FindingsOverview($id: ID!) {
      inspection(id: $id) {
        ...InspectionHeading
        kind
        published
        baseline {
          id
          title
          year
          recommendations {
            ...ReportRecommendation
          }
        }
        framework {
          ...ReportFramework
        }
        findings {
          id
          criterionCode
          kind
        }
        goodPractices {
          id
          criterionCode
        }
        recommendations {
          ...ReportRecommendation
        }
        followedUpRecommendations {
          ...ReportRecommendationFollowUp
        }
      }
    }
  `,
  [
    InspectionHeadingFragment,
    ReportRecommendationFollowUpFragment,
    ReportRecommendationFragment,
    ReportFrameworkFragment,
  ],
);

export const CriterionFindingsQuery = graphql(`
  query CriterionFindings($id: ID!, $code: String!) {
    inspection(id: $id) {
      id
      title
      status
      published
      framework {
        id
        criteria {
          code
          title
          description
        }
      }
      findings(criterionCode: $code) {
        id
        criterionCode
        kind
        text
        position
        evidence {
          id
          title
        }
      }
      evidenceItems {
        id
        kind
        title
      }
      goodPractices(criterionCode: $code) {
        id
        criterionCode
        title
        text
        position
      }
    }
  }
`);

export const AddFindingMutation = graphql(
  `
    mutation AddFinding($input: MutationAddFindingInput!) {
      addFinding(input: $input) {
        __typename
        ... on MutationAddFindingSuccess {
          data {
            id
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const UpdateFindingMutation = graphql(
  `
    mutation UpdateFinding($input: MutationUpdateFindingInput!) {
      updateFinding(input: $input) {
        __typename
        ... on MutationUpdateFindingSuccess {
          data {
            id
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const RemoveFindingMutation = graphql(
  `
    mutation RemoveFinding($input: MutationRemoveFindingInput!) {
      removeFinding(input: $input) {
        __typename
        ... on MutationRemoveFindingSuccess {
          data {
            id
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const AddGoodPracticeMutation = graphql(
  `
    mutation AddGoodPractice($input: MutationAddGoodPracticeInput!) {
      addGoodPractice(input: $input) {
        __typename
        ... on MutationAddGoodPracticeSuccess {
          data {
            id
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const UpdateGoodPracticeMutation = graphql(
  `
    mutation UpdateGoodPractice($input: MutationUpdateGoodPracticeInput!) {
      updateGoodPractice(input: $input) {
        __typename
        ... on MutationUpdateGoodPracticeSuccess {
          data {
            id
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const RemoveGoodPracticeMutation = graphql(
  `
    mutation RemoveGoodPractice($input: MutationRemoveGoodPracticeInput!) {
      removeGoodPractice(input: $input) {
        __typename
        ... on MutationRemoveGoodPracticeSuccess {
          data {
            id
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const AddRecommendationMutation = graphql(
  `
    mutation AddRecommendation($input: MutationAddRecommendationInput!) {
      addRecommendation(input: $input) {
        __typename
        ... on MutationAddRecommendationSuccess {
          data {
            id
            number
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const FollowUpRecommendationMutation = graphql(
  `
    mutation FollowUpRecommendation($input: MutationFollowUpRecommendationInput!) {
      followUpRecommendation(input: $input) {
        __typename
        ... on MutationFollowUpRecommendationSuccess {
          data {
            id
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const JudgeRecommendationMutation = graphql(
  `
    mutation JudgeRecommendation($input: MutationJudgeRecommendationInput!) {
      judgeRecommendation(input: $input) {
        __typename
        ... on MutationJudgeRecommendationSuccess {
          data {
            id
            judgement
            comment
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

/** A section of the report as the writing pages lay it out: where it stands and whether only a follow-up has it. */
export const ReportSectionOutlineFragment = graphql(`
  fragment ReportSectionOutline on ReportSection @_unmask {
    key
    title
    afterCriteria
    followUpOnly
  }
`);

export const DraftReportQuery = graphql(
  `
    query DraftReport($id: ID!) {
      reportSections {
        ...ReportSectionOutline
        description
      }
      inspection(id: $id) {
        ...InspectionHeading
        kind
        previousStage
        published
        publishedAt
        signedOffAt
        signedOffBy {
          id
          name
        }
        reportTexts {
          id
          section
          text
          signedBy
          updatedAt
        }
        factualAccuracyComments {
          ...FactualAccuracyCommentListed
        }
      }
    }
  `,
  [FactualAccuracyCommentFragment, InspectionHeadingFragment, ReportSectionOutlineFragment],
);

export const SetReportTextMutation = graphql(
  `
    mutation SetReportText($input: MutationSetReportTextInput!) {
      setReportText(input: $input) {
        __typename
        ... on MutationSetReportTextSuccess {
          data {
            id
            section
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const MoveInspectionMutation = graphql(
  `
    mutation MoveInspectionForReport($input: MutationMoveInspectionInput!) {
      moveInspection(input: $input) {
        __typename
        ... on MutationMoveInspectionSuccess {
          data {
            id
            status
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const PublishInspectionMutation = graphql(
  `
    mutation PublishInspection($input: MutationPublishInspectionInput!) {
      publishInspection(input: $input) {
        __typename
        ... on MutationPublishInspectionSuccess {
          data {
            id
            status
            publishedAt
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const ResolveCommentMutation = graphql(
  `
    mutation ResolveFactualAccuracyComment($input: MutationResolveFactualAccuracyCommentInput!) {
      resolveFactualAccuracyComment(input: $input) {
        __typename
        ... on MutationResolveFactualAccuracyCommentSuccess {
          data {
            id
            resolved
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const ReportPreviewQuery = graphql(
  `
    query ReportPreview($id: ID!) {
      reportSections {
        ...ReportSectionOutline
      }
      inspection(id: $id) {
        ...InspectionHeading
        kind
        published
        baseline {
          id
          title
          year
        }
        framework {
          ...ReportFramework
        }
        team {
          role
          user {
            id
            name
          }
        }
        reportTexts {
          id
          section
          text
          signedBy
        }
        criterionScores {
          code
          percentage
          met
          applicable
          adjusted
          smallDenominator
        }
        comparison {
          summary
          correction
          figures {
            kind
            key
            subsample
            baselinePercentage
            baselineAdjusted
            percentage
            changePoints
            significant
          }
        }
        findings {
          id
          criterionCode
          kind
          text
          evidence {
            id
            title
          }
        }
        goodPractices {
          id
          criterionCode
          title
          text
        }
        recommendations {
          ...ReportRecommendation
        }
        followedUpRecommendations {
          ...ReportRecommendationFollowUp
        }
        meetings {
          id
          heldOn
          attendees
          kind
        }
        evidenceItems {
          id
          kind
          title
        }
      }
    }
  `,
  [
    ReportFrameworkFragment,
    InspectionHeadingFragment,
    ReportSectionOutlineFragment,
    ReportRecommendationFollowUpFragment,
    ReportRecommendationFragment,
  ],
);
