// The GraphQL documents of validation (second marking): the inspection's overview and agreement, one case file's
// blind marking and its comparison, and the mutations that mark, compare and resolve.
import { graphql, InvalidInputProblemsFragment, RefusalFragment } from '@scrutiny/graphql-client';
import { CaseFileRecordFragment, InspectionHeadingFragment } from '../documents.ts';

/** One agreement figure: percentage agreement and Cohen's kappa, overall, for an assessor or for a measure. */
export const AgreementFigureFragment = graphql(`
  fragment AgreementFigure on Agreement @_unmask {
    key
    label
    pairs
    agreed
    percentage
    chancePercentage
    kappa
    kappaUndefined
    fewPairs
  }
`);

export const ValidationOverviewQuery = graphql(
  `
    query ValidationOverview($id: ID!) {
      inspection(id: $id) {
        ...InspectionHeading
        framework {
          id
          measures {
            key
            criterion
            text
          }
        }
        secondMarkingPlan {
          allCaseFiles
          caseFileIds
          allQuestions
          measureKeys
        }
        agreement {
          caseFiles
          disagreements
          unresolved
          overall {
            ...AgreementFigure
          }
          byAssessor {
            ...AgreementFigure
          }
          byMeasure {
            ...AgreementFigure
          }
        }
        caseFiles(first: 200, sampleRole: SAMPLE) {
          edges {
            node {
              id
              reference
              riskOfHarm
              status
              assessor {
                id
                name
              }
              secondMarking {
                state
                questionCount
                markedCount
                disagreementCount
                unresolvedCount
                markedBy
              }
            }
          }
        }
      }
    }
  `,
  [InspectionHeadingFragment, AgreementFigureFragment],
);

export const CaseFileValidationQuery = graphql(
  `
    query CaseFileValidation($id: ID!) {
      caseFile(id: $id) {
        ...CaseFileRecord
        assessor {
          id
          name
        }
        secondMarking {
          state
          questionCount
          markedCount
          compared
          disagreementCount
          unresolvedCount
          markedBy
          questions {
            measureKey
            criterion
            text
            answerSet
            status
            toMark
            derivation
            derivedHolds
            validation {
              id
              value
              reason
              comment
              compared
              assessorValue
              assessorReason
              agrees
              resolvedValue
              resolutionNote
              resolvedBy {
                id
                name
              }
            }
          }
        }
      }
    }
  `,
  [CaseFileRecordFragment],
);

export const RecordValidationMutation = graphql(
  `
    mutation RecordValidation($input: MutationRecordValidationInput!) {
      recordValidation(input: $input) {
        __typename
        ... on MutationRecordValidationSuccess {
          data {
            id
            measureKey
            value
            reason
            comment
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const CompareSecondMarkingMutation = graphql(
  `
    mutation CompareSecondMarking($input: MutationCompareSecondMarkingInput!) {
      compareSecondMarking(input: $input) {
        __typename
        ... on MutationCompareSecondMarkingSuccess {
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

export const ResolveValidationMutation = graphql(
  `
    mutation ResolveValidation($input: MutationResolveValidationInput!) {
      resolveValidation(input: $input) {
        __typename
        ... on MutationResolveValidationSuccess {
          data {
            id
            resolvedValue
            resolutionNote
          }
        }
        ...InvalidInputProblems
        ...Refusal
      }
    }
  `,
  [InvalidInputProblemsFragment, RefusalFragment],
);

export const SetSecondMarkingPlanMutation = graphql(
  `
    mutation SetSecondMarkingPlan($input: MutationSetSecondMarkingPlanInput!) {
      setSecondMarkingPlan(input: $input) {
        __typename
        ... on MutationSetSecondMarkingPlanSuccess {
          data {
            allCaseFiles
            caseFileIds
            allQuestions
            measureKeys
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);
