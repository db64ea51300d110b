// Every GraphQL document the board app sends, typed against the API's schema by gql.tada.
import {
  CriterionScoreFigureFragment,
  graphql,
  InvalidInputProblemsFragment,
  MeasureResultFigureFragment,
  RefusalFragment,
} from '@scrutiny/graphql-client';

// Signing in and out, as the other app does, and the published report the API's exports read too.
export { ReportQuery, SignInMutation, SignInOptionsQuery, SignOutMutation } from '@scrutiny/graphql-client';

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

/** A published inspection as the lists of reports show it (its slug is made from these fields). */
const PublishedInspectionFields = graphql(`
  fragment BoardPublishedInspection on Inspection @_unmask {
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
`);

/** One page of the published inspections (the API gives at most 100 a page): EveryPublishedInspection reads them all. */
export const PublishedInspectionsQuery = graphql(
  `
    query PublishedInspections($after: String) {
      inspections(publishedOnly: true, first: 100, after: $after) {
        edges {
          node {
            ...BoardPublishedInspection
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  [PublishedInspectionFields],
);

/** The published inspections of one year: a report's slug names its year, and its report is among them. */
export const PublishedInspectionsOfYearQuery = graphql(
  `
    query PublishedInspectionsOfYear($year: Int!) {
      inspections(publishedOnly: true, year: $year, first: 100) {
        edges {
          node {
            ...BoardPublishedInspection
          }
        }
      }
    }
  `,
  [PublishedInspectionFields],
);

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
                    ...CriterionScoreFigure
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
                ...CriterionScoreFigure
              }
              highRiskScores: criterionScores(subsample: "HIGH_RISK_OF_HARM") {
                ...CriterionScoreFigure
              }
              measureResults {
                ...MeasureResultFigure
              }
              highRiskMeasures: measureResults(subsample: "HIGH_RISK_OF_HARM") {
                ...MeasureResultFigure
              }
            }
          }
        }
      }
    }
  `,
  [CriterionScoreFigureFragment, MeasureResultFigureFragment],
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

export const AddActionPlanItemMutation = graphql(
  `
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
        ...InvalidInputProblems
        ...Refusal
      }
    }
  `,
  [InvalidInputProblemsFragment, RefusalFragment],
);

export const UpdateActionPlanItemMutation = graphql(
  `
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
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);
