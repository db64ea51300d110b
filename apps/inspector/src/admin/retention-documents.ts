// Retention: the personal data each inspection holds, the erasure records, a chief inspector's early erasure, and an
// information manager's export of one person's data (a subject access request).
import { graphql, InvalidInputProblemsFragment, RefusalFragment } from '@scrutiny/graphql-client';
import { InspectionHeadingFragment } from '../documents.ts';

export const PersonalDataHeldQuery = graphql(`
  query PersonalDataHeld {
    personalDataHoldings {
      inspection {
        id
        title
        year
        status
        evidence
        area {
          id
          name
        }
      }
      caseFiles
      comments
      caseListRows
      erasureDue
      erasure {
        id
        erasedAt
      }
    }
    erasureRecords {
      id
      inspectionTitle
      erasedAt
      trigger
      erasedByName
      reason
      retentionMonths
      counts {
        kind
        label
        count
      }
    }
  }
`);

export const InspectionToEraseQuery = graphql(
  `
    query InspectionToErase($id: ID!) {
      inspection(id: $id) {
        ...InspectionHeading
        personalDataErasureDue
        personalDataErasedAt
        afterErasureRemains
      }
    }
  `,
  [InspectionHeadingFragment],
);

export const ErasePersonalDataMutation = graphql(
  `
    mutation ErasePersonalData($input: MutationErasePersonalDataInput!) {
      erasePersonalData(input: $input) {
        __typename
        ... on MutationErasePersonalDataSuccess {
          data {
            id
            erasedAt
            counts {
              kind
              label
              count
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

export const ExportPersonalDataMutation = graphql(
  `
    mutation ExportPersonalData($input: MutationExportPersonalDataInput!) {
      exportPersonalData(input: $input) {
        __typename
        ... on MutationExportPersonalDataSuccess {
          data {
            personIdentifier
            exportedAt
            caseFileCount
            caseListRowCount
            inspections
            document
          }
        }
        ...InvalidInputProblems
        ...Refusal
      }
    }
  `,
  [InvalidInputProblemsFragment, RefusalFragment],
);
