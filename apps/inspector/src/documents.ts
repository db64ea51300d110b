// Every GraphQL document the app sends, typed against the API's schema by gql.tada.
import { graphql, InvalidInputProblemsFragment, RefusalFragment } from '@scrutiny/graphql-client';

// Signing in and out, as the other app does.
export { SignInMutation, SignInOptionsQuery, SignOutMutation } from '@scrutiny/graphql-client';

// The selections several of the app's pages ask for alike. Unmasked, as the shared client's fragments are: each page
// reads the fields straight from its query's data.

/** What names an inspection at the head of its pages: its title, year and area, and where it stands. */
export const InspectionHeadingFragment = graphql(`
  fragment InspectionHeading on Inspection @_unmask {
    id
    title
    year
    status
    area {
      id
      name
    }
  }
`);

/** How far the assessors have come: the counts of the progress bar. */
export const ProgressCountsFragment = graphql(`
  fragment ProgressCounts on AssessmentProgress @_unmask {
    answered
    questions
    caseFiles
    submitted
  }
`);

/** The team, and who assesses each case file: what the inspection page and the sample page lay out. */
export const InspectionAssignmentsFragment = graphql(`
  fragment InspectionAssignments on Inspection @_unmask {
    team {
      role
      user {
        id
        name
      }
    }
    caseFiles(first: 200) {
      edges {
        node {
          id
          reference
          riskOfHarm
          status
          sampleRole
          assessor {
            id
            name
          }
        }
      }
    }
  }
`);

/**
 * A case file as its record stands: its reference, status and officer, and the facts the case management system
 * gives. What an assessor and a second marker read first.
 */
export const CaseFileRecordFragment = graphql(`
  fragment CaseFileRecord on CaseFile @_unmask {
    id
    reference
    status
    officer
    facts {
      reference
      orderType
      riskOfHarm
      mappaCategory
      mappaLevel
      district
      sex
      dates {
        name
        date
      }
      reviewDates
      flags {
        name
        value
      }
    }
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      name
      role
      twoFactorEnabled
      twoFactorEnrolmentRequired
      mayPlanInspections
      area {
        id
        name
      }
    }
  }
`);

export const MyCaseFilesQuery = graphql(`
  query MyCaseFiles {
    myCaseFiles {
      id
      reference
      riskOfHarm
      status
      sampleRole
      facts {
        orderType
        district
      }
    }
  }
`);

export const InspectionsQuery = graphql(
  `
    query Inspections {
      inspections(first: 100) {
        edges {
          node {
            ...InspectionHeading
            kind
            published
            progress {
              ...ProgressCounts
            }
          }
        }
      }
    }
  `,
  [ProgressCountsFragment, InspectionHeadingFragment],
);

export const CaseFileQuery = graphql(
  `
    query CaseFile($id: ID!) {
      caseFile(id: $id) {
        ...CaseFileRecord
        riskOfHarm
        sampleRole
        questions {
          measureKey
          criterion
          text
          answerSet
          status
          value
          derivation
          derivedHolds
          prompts
        }
        answers {
          id
          measureKey
          value
          reason
          comment
          version
          updatedAt
          answeredBy {
            id
            name
          }
        }
      }
    }
  `,
  [CaseFileRecordFragment],
);

/** What answering a case file's questions needs of its framework: the answer sets and the criteria's titles. */
export const AnsweringFrameworkFragment = graphql(`
  fragment AnsweringFramework on Framework @_unmask {
    id
    key
    version
    answerSets {
      key
      options {
        value
        label
        meets
      }
    }
    criteria {
      code
      title
    }
  }
`);

/**
 * The case file's framework. Asked separately, through `node`: an assessor who is not on the inspection's team
 * may read the file but not the inspection, and the refusal must not blank the file in the normalised cache.
 */
export const CaseFileFrameworkQuery = graphql(
  `
    query CaseFileFramework($id: ID!) {
      node(id: $id) {
        id
        ... on CaseFile {
          inspection {
            id
            title
            framework {
              ...AnsweringFramework
            }
          }
        }
      }
    }
  `,
  [AnsweringFrameworkFragment],
);

/** Every framework's answer sets and criteria: the fallback when the case file's inspection cannot be read. */
export const FrameworksQuery = graphql(
  `
    query Frameworks {
      frameworks {
        ...AnsweringFramework
      }
    }
  `,
  [AnsweringFrameworkFragment],
);

export const SaveAnswerMutation = graphql(
  `
    mutation SaveAnswer($input: MutationSaveAnswerInput!) {
      saveAnswer(input: $input) {
        __typename
        ... on MutationSaveAnswerSuccess {
          data {
            id
            measureKey
            value
            reason
            comment
            version
            updatedAt
          }
        }
        ... on AnswerConflictError {
          current {
            value
            reason
            comment
            version
            answeredBy
            updatedAt
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const SubmitCaseFileMutation = graphql(
  `
    mutation SubmitCaseFile($input: MutationSubmitCaseFileInput!) {
      submitCaseFile(input: $input) {
        __typename
        ... on MutationSubmitCaseFileSuccess {
          data {
            id
            status
          }
        }
        ...InvalidInputProblems
        ...Refusal
      }
    }
  `,
  [InvalidInputProblemsFragment, RefusalFragment],
);

export const InspectionQuery = graphql(
  `
    query Inspection($id: ID!) {
      inspection(id: $id) {
        ...InspectionHeading
        kind
        published
        mayReadAuditLog
        personalDataErasureDue
        personalDataErasedAt
        afterErasureRemains
        baseline {
          id
          title
          year
        }
        progress {
          ...ProgressCounts
        }
        ...InspectionAssignments
      }
    }
  `,
  [InspectionHeadingFragment, ProgressCountsFragment, InspectionAssignmentsFragment],
);

export const PreviewCaseListMutation = graphql(
  `
    mutation PreviewCaseList($input: MutationPreviewCaseListInput!) {
      previewCaseList(input: $input) {
        __typename
        ... on MutationPreviewCaseListSuccess {
          data {
            readable
            ineligible
            highRisk
            problems {
              row
              column
              message
            }
            underivable {
              measureKey
              text
              files
              applicable
              reasons {
                reason
                files
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

export const ImportCaseListMutation = graphql(
  `
    mutation ImportCaseList($input: MutationImportCaseListInput!) {
      importCaseList(input: $input) {
        __typename
        ... on MutationImportCaseListSuccess {
          data {
            imported
            skipped
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const DrawSampleMutation = graphql(
  `
    mutation DrawSample($input: MutationDrawSampleInput!) {
      drawSample(input: $input) {
        __typename
        ... on MutationDrawSampleSuccess {
          data {
            sample
            reserve
            strata {
              key
              population
              drawn
              reserve
            }
            excluded {
              reference
              reason
            }
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const AssignCaseFilesMutation = graphql(
  `
    mutation AssignCaseFiles($input: MutationAssignCaseFilesInput!) {
      assignCaseFiles(input: $input) {
        __typename
        ... on MutationAssignCaseFilesSuccess {
          data {
            id
            status
            assessor {
              id
              name
            }
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const SampleInspectionQuery = graphql(
  `
    query SampleInspection($id: ID!) {
      inspection(id: $id) {
        id
        title
        status
        ...InspectionAssignments
      }
    }
  `,
  [InspectionAssignmentsFragment],
);

export const BeginTwoFactorEnrolmentMutation = graphql(
  `
    mutation BeginTwoFactorEnrolment($input: MutationBeginTwoFactorEnrolmentInput!) {
      beginTwoFactorEnrolment(input: $input) {
        __typename
        ... on MutationBeginTwoFactorEnrolmentSuccess {
          data {
            secret
            qrCode
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const ConfirmTwoFactorEnrolmentMutation = graphql(
  `
    mutation ConfirmTwoFactorEnrolment($input: MutationConfirmTwoFactorEnrolmentInput!) {
      confirmTwoFactorEnrolment(input: $input) {
        __typename
        ... on MutationConfirmTwoFactorEnrolmentSuccess {
          data {
            recoveryCodes
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      device
      address
      lastSeenAt
      current
    }
  }
`);

export const EndSessionMutation = graphql(
  `
    mutation EndSession($input: MutationEndSessionInput!) {
      endSession(input: $input) {
        __typename
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);
