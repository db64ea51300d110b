// The GraphQL documents of the writing pages: meetings and evidence, findings and good practice, recommendations,
// the draft report's text, its preview and its workflow up to publication.
import { FactualAccuracyCommentFragment, graphql, ReportFrameworkFragment } from '@scrutiny/graphql-client';

// Each refusal is asked for by its own type, not through the Error interface: the shared client's normalised cache
// has no schema, so it cannot tell that ForbiddenError is an Error and would drop the message.

export const EvidencePageQuery = graphql(`
  query EvidencePage($id: ID!) {
    inspection(id: $id) {
      id
      title
      year
      status
      published
      area {
        id
        name
      }
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
`);

export const AddMeetingMutation = graphql(`
  mutation AddMeeting($input: MutationAddMeetingInput!) {
    addMeeting(input: $input) {
      __typename
      ... on MutationAddMeetingSuccess {
        data {
          id
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($input: MutationUpdateMeetingInput!) {
    updateMeeting(input: $input) {
      __typename
      ... on MutationUpdateMeetingSuccess {
        data {
          id
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const RemoveMeetingMutation = graphql(`
  mutation RemoveMeeting($input: MutationRemoveMeetingInput!) {
    removeMeeting(input: $input) {
      __typename
      ... on MutationRemoveMeetingSuccess {
        data {
          id
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const AddEvidenceMutation = graphql(`
  mutation AddEvidence($input: MutationAddEvidenceInput!) {
    addEvidence(input: $input) {
      __typename
      ... on MutationAddEvidenceSuccess {
        data {
          id
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const FindingsOverviewQuery = graphql(`
  query FindingsOverview($id: ID!) {
    inspection(id: $id) {
      id
      title
      year
      kind
      status
      published
      area {
        id
        name
      }
      baseline {
        id
        title
        year
        recommendations {
          id
          number
          text
        }
      }
      framework {
        id
        sections {
          code
          title
        }
        criteria {
          code
          section
          title
        }
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
        id
        number
        text
      }
      followedUpRecommendations {
        id
        judgement
        comment
        recommendation {
          id
          number
          text
        }
      }
    }
  }
`);

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

export const AddFindingMutation = graphql(`
  mutation AddFinding($input: MutationAddFindingInput!) {
    addFinding(input: $input) {
      __typename
      ... on MutationAddFindingSuccess {
        data {
          id
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const UpdateFindingMutation = graphql(`
  mutation UpdateFinding($input: MutationUpdateFindingInput!) {
    updateFinding(input: $input) {
      __typename
      ... on MutationUpdateFindingSuccess {
        data {
          id
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const RemoveFindingMutation = graphql(`
  mutation RemoveFinding($input: MutationRemoveFindingInput!) {
    removeFinding(input: $input) {
      __typename
      ... on MutationRemoveFindingSuccess {
        data {
          id
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const AddGoodPracticeMutation = graphql(`
  mutation AddGoodPractice($input: MutationAddGoodPracticeInput!) {
    addGoodPractice(input: $input) {
      __typename
      ... on MutationAddGoodPracticeSuccess {
        data {
          id
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const UpdateGoodPracticeMutation = graphql(`
  mutation UpdateGoodPractice($input: MutationUpdateGoodPracticeInput!) {
    updateGoodPractice(input: $input) {
      __typename
      ... on MutationUpdateGoodPracticeSuccess {
        data {
          id
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const RemoveGoodPracticeMutation = graphql(`
  mutation RemoveGoodPractice($input: MutationRemoveGoodPracticeInput!) {
    removeGoodPractice(input: $input) {
      __typename
      ... on MutationRemoveGoodPracticeSuccess {
        data {
          id
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const AddRecommendationMutation = graphql(`
  mutation AddRecommendation($input: MutationAddRecommendationInput!) {
    addRecommendation(input: $input) {
      __typename
      ... on MutationAddRecommendationSuccess {
        data {
          id
          number
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const FollowUpRecommendationMutation = graphql(`
  mutation FollowUpRecommendation($input: MutationFollowUpRecommendationInput!) {
    followUpRecommendation(input: $input) {
      __typename
      ... on MutationFollowUpRecommendationSuccess {
        data {
          id
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const JudgeRecommendationMutation = graphql(`
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
      ... on Error {
        code
        message
      }
    }
  }
`);

export const DraftReportQuery = graphql(
  `
    query DraftReport($id: ID!) {
      reportSections {
        key
        title
        description
        afterCriteria
        followUpOnly
      }
      inspection(id: $id) {
        id
        title
        year
        kind
        status
        previousStage
        published
        publishedAt
        signedOffAt
        signedOffBy {
          id
          name
        }
        area {
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
  [FactualAccuracyCommentFragment],
);

export const SetReportTextMutation = graphql(`
  mutation SetReportText($input: MutationSetReportTextInput!) {
    setReportText(input: $input) {
      __typename
      ... on MutationSetReportTextSuccess {
        data {
          id
          section
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const MoveInspectionMutation = graphql(`
  mutation MoveInspectionForReport($input: MutationMoveInspectionInput!) {
    moveInspection(input: $input) {
      __typename
      ... on MutationMoveInspectionSuccess {
        data {
          id
          status
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const PublishInspectionMutation = graphql(`
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
      ... on Error {
        code
        message
      }
    }
  }
`);

export const ResolveCommentMutation = graphql(`
  mutation ResolveFactualAccuracyComment($input: MutationResolveFactualAccuracyCommentInput!) {
    resolveFactualAccuracyComment(input: $input) {
      __typename
      ... on MutationResolveFactualAccuracyCommentSuccess {
        data {
          id
          resolved
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const ReportPreviewQuery = graphql(
  `
    query ReportPreview($id: ID!) {
      reportSections {
        key
        title
        afterCriteria
        followUpOnly
      }
      inspection(id: $id) {
        id
        title
        year
        kind
        status
        published
        area {
          id
          name
        }
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
          id
          number
          text
        }
        followedUpRecommendations {
          id
          judgement
          comment
          recommendation {
            id
            number
            text
          }
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
  [ReportFrameworkFragment],
);
