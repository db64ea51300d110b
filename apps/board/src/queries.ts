// Every GraphQL document the board app sends, typed against the API's schema by gql.tada.
import { graphql } from '@scrutiny/graphql-client';

// Signing in and out, as the other app does.
export { SignInMutation, SignOutMutation } from '@scrutiny/graphql-client';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      name
      role
      area {
        id
        code
        name
      }
    }
  }
`);

/** One page of the published inspections (the API gives at most 100 a page): EveryPublishedInspection reads them all. */
export const PublishedInspectionsQuery = graphql(`
  query PublishedInspections($after: String) {
    inspections(publishedOnly: true, first: 100, after: $after) {
      edges {
        node {
          id
          title
          year
          kind
          publishedAt
          area {
            id
            code
            name
            region
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The published inspections of one year: a report's slug names its year, and its report is among them. */
export const PublishedInspectionsOfYearQuery = graphql(`
  query PublishedInspectionsOfYear($year: Int!) {
    inspections(publishedOnly: true, year: $year, first: 100) {
      edges {
        node {
          id
          title
          year
          kind
          publishedAt
          area {
            id
            code
            name
            region
          }
        }
      }
    }
  }
`);

export const ReportQuery = graphql(`
  query Report($id: ID!) {
    inspection(id: $id) {
      id
      title
      year
      kind
      status
      published
      publishedAt
      methodNote
      evidence
      fieldworkStart
      fieldworkEnd
      area {
        id
        code
        name
      }
      baseline {
        id
        title
        year
      }
      framework {
        id
        title
        version
        sections {
          code
          title
        }
        criteria {
          code
          section
          title
          description
          scoringRule
        }
        ratingBands {
          from
          label
        }
      }
      subsamples {
        key
        label
      }
      criterionScores {
        code
        title
        percentage
        met
        applicable
        adjusted
        smallDenominator
        suppressed
        subsample
        interval {
          low
          high
        }
      }
      measureResults {
        key
        criterion
        text
        subsample
        percentage
        met
        applicable
        smallDenominator
        suppressed
        unanswered
        notApplicable
        judgesCriterion
        interval {
          low
          high
        }
      }
      highRisk: measureResults(subsample: "HIGH_RISK_OF_HARM") {
        key
        criterion
        text
        subsample
        percentage
        met
        applicable
        smallDenominator
        suppressed
        unanswered
        notApplicable
        judgesCriterion
        interval {
          low
          high
        }
      }
      ratings {
        questionSet
        questionSets {
          key
          label
        }
        standards {
          code
          title
          computed {
            key
            label
            points
          }
          effective {
            key
            label
            points
          }
          lowestKeyQuestion
          override {
            rating {
              key
              label
              points
            }
            reason
            by
          }
        }
        overall {
          points
          reason
          rating {
            key
            label
            points
          }
        }
        units {
          unit
          caseFiles
          withheld
          standards {
            code
            effective {
              key
              label
              points
            }
          }
          overall {
            points
            rating {
              key
              label
              points
            }
          }
        }
      }
      comparison {
        summary
        improved
        deteriorated
        unchanged
        compared
        alpha
        correction
        figures {
          key
          kind
          subsample
          baselinePercentage
          baselineMet
          baselineApplicable
          baselineAdjusted
          changePoints
          direction
          pValue
          adjustedPValue
          significant
          changeInterval {
            low
            high
          }
          baselineInterval {
            low
            high
          }
        }
        notCompared {
          kind
          key
          subsample
          reason
        }
      }
      reportTexts {
        id
        section
        signedBy
        text
      }
      findings {
        id
        criterionCode
        kind
        text
      }
      goodPractices {
        id
        criterionCode
        title
        text
      }
      exports {
        key
        label
        mediaType
        fileExtension
        fileName
        url
      }
      additionalReportSections {
        key
        title
        plugin
        paragraphs
        table {
          caption
          columns
          rows {
            cells
          }
        }
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

export const SignInOptionsQuery = graphql(`
  query BoardSignInOptions {
    signInOptions {
      singleSignOn {
        name
        startUrl
      }
      passwordsForEveryone
    }
  }
`);

const ScoreFields = graphql(`
  fragment BoardScore on CriterionScore @_unmask {
    code
    title
    percentage
    met
    applicable
    adjusted
    smallDenominator
    subsample
  }
`);

const MeasureFields = graphql(`
  fragment BoardMeasure on MeasureResult @_unmask {
    key
    criterion
    text
    subsample
    percentage
    met
    applicable
    smallDenominator
  }
`);

export const AreaQuery = graphql(
  `
    query Area($code: String!) {
      area(code: $code) {
        id
        code
        name
        region
        comparisonGroup {
          id
          name
          description
          peerComparison(firstArea: $code) {
            groups {
              heading
              apartBecause
              peers {
                area {
                  id
                  code
                  name
                }
                inspection {
                  id
                  title
                  year
                  criterionScores {
                    ...BoardScore
                  }
                }
              }
            }
            unpublished {
              id
              name
            }
          }
        }
        inspections(first: 50) {
          edges {
            node {
              id
              title
              year
              kind
              status
              published
              baseline {
                id
              }
              comparison {
                summary
                correction
              }
              criterionScores {
                ...BoardScore
              }
              highRiskScores: criterionScores(subsample: "HIGH_RISK_OF_HARM") {
                ...BoardScore
              }
              measureResults {
                ...BoardMeasure
              }
              highRiskMeasures: measureResults(subsample: "HIGH_RISK_OF_HARM") {
                ...BoardMeasure
              }
            }
          }
        }
      }
    }
  `,
  [ScoreFields, MeasureFields],
);

export const RecommendationsQuery = graphql(`
  query Recommendations($code: String!) {
    area(code: $code) {
      id
      name
      inspections(first: 50) {
        edges {
          node {
            id
            title
            year
            published
            recommendations {
              id
              number
              text
              status
              followUps {
                id
                judgement
                comment
                inspection {
                  id
                  title
                  year
                }
              }
              actionPlanItems {
                id
                action
                owner
                dueOn
                status
                updatedAt
              }
            }
          }
        }
      }
    }
  }
`);

export const AddActionPlanItemMutation = graphql(`
  mutation AddActionPlanItem($input: MutationAddActionPlanItemInput!) {
    addActionPlanItem(input: $input) {
      __typename
      ... on MutationAddActionPlanItemSuccess {
        data {
          id
          action
          owner
          dueOn
          status
        }
      }
      ... on InvalidInputError {
        problems {
          path
          message
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const UpdateActionPlanItemMutation = graphql(`
  mutation UpdateActionPlanItem($input: MutationUpdateActionPlanItemInput!) {
    updateActionPlanItem(input: $input) {
      __typename
      ... on MutationUpdateActionPlanItemSuccess {
        data {
          id
          status
          updatedAt
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
