// The live scores page's documents: one fragment, read once by the query and again by every subscription event.
import { graphql } from '@scrutiny/graphql-client';

export const InspectionScoresFragment = graphql(`
  fragment InspectionScores on Inspection {
    id
    title
    year
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
    progress {
      answered
      questions
      caseFiles
      submitted
    }
    subsamples {
      key
      label
    }
    allCriteria: criterionScores(subsample: "ALL") {
      code
      title
      met
      applicable
      percentage
      smallDenominator
      notComputedReason
    }
    highRiskCriteria: criterionScores(subsample: "HIGH_RISK_OF_HARM") {
      code
      title
      met
      applicable
      percentage
      smallDenominator
      notComputedReason
    }
    allMeasures: measureResults(subsample: "ALL") {
      key
      criterion
      text
      met
      applicable
      percentage
      smallDenominator
      notComputedReason
    }
    highRiskMeasures: measureResults(subsample: "HIGH_RISK_OF_HARM") {
      key
      criterion
      text
      met
      applicable
      percentage
      smallDenominator
      notComputedReason
    }
    comparison {
      correction
      alpha
      summary
      figures {
        kind
        key
        subsample
        baselinePercentage
        baselineMet
        baselineApplicable
        baselineAdjusted
        percentage
        changePoints
        direction
        pValue
        adjustedPValue
        significant
      }
    }
  }
`);

export const InspectionScoresQuery = graphql(
  `
    query InspectionScores($id: ID!) {
      inspection(id: $id) {
        ...InspectionScores
      }
    }
  `,
  [InspectionScoresFragment],
);

export const InspectionScoresSubscription = graphql(
  `
    subscription InspectionScoresLive($id: ID!) {
      inspectionProgress(inspectionId: $id) {
        ...InspectionScores
      }
    }
  `,
  [InspectionScoresFragment],
);

/** What the inspection page shows that changes while the team works: the cache folds each event into its query. */
export const InspectionProgressSubscription = graphql(`
  subscription InspectionProgressLive($id: ID!) {
    inspectionProgress(inspectionId: $id) {
      id
      status
      progress {
        answered
        questions
        caseFiles
        submitted
      }
      caseFiles(first: 200) {
        edges {
          node {
            id
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
  }
`);
