// The live scores page's documents: the page's fragment, read once by the query and again by every subscription event,
// and the live figures it is made of.
import { graphql } from '@scrutiny/graphql-client';
import { InspectionHeadingFragment, ProgressCountsFragment } from '../documents.ts';

/** A criterion's score as it stands while the files are assessed, or why it cannot be computed yet. */
export const LiveCriterionScoreFragment = graphql(`
  fragment LiveCriterionScore on CriterionScore @_unmask {
    code
    title
    met
    applicable
    percentage
    smallDenominator
    notComputedReason
  }
`);

/** A measure's result as it stands while the files are assessed, or why it cannot be computed yet. */
export const LiveMeasureResultFragment = graphql(`
  fragment LiveMeasureResult on MeasureResult @_unmask {
    key
    criterion
    text
    met
    applicable
    percentage
    smallDenominator
    notComputedReason
  }
`);

export const InspectionScoresFragment = graphql(
  `
    fragment InspectionScores on Inspection {
      ...InspectionHeading
      published
      baseline {
        id
        title
        year
      }
      progress {
        ...ProgressCounts
      }
      subsamples {
        key
        label
      }
      allCriteria: criterionScores(subsample: "ALL") {
        ...LiveCriterionScore
      }
      highRiskCriteria: criterionScores(subsample: "HIGH_RISK_OF_HARM") {
        ...LiveCriterionScore
      }
      allMeasures: measureResults(subsample: "ALL") {
        ...LiveMeasureResult
      }
      highRiskMeasures: measureResults(subsample: "HIGH_RISK_OF_HARM") {
        ...LiveMeasureResult
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
  `,
  [InspectionHeadingFragment, ProgressCountsFragment, LiveCriterionScoreFragment, LiveMeasureResultFragment],
);

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
export const InspectionProgressSubscription = graphql(
  `
    subscription InspectionProgressLive($id: ID!) {
      inspectionProgress(inspectionId: $id) {
        id
        status
        progress {
          ...ProgressCounts
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
  `,
  [ProgressCountsFragment],
);
