// The board's documents for the national picture on the area page.
import { CriterionScoreFigureFragment, graphql } from '@scrutiny/graphql-client';

/** The framework of the area's latest published inspection: the one the national picture compares on. */
export const AreaFrameworksQuery = graphql(`
  query AreaFrameworks($code: String!) {
    area(code: $code) {
      id
      inspections(first: 50) {
        edges {
          node {
            id
            year
            published
            framework {
              id
              key
              title
            }
          }
        }
      }
    }
  }
`);

const NationalCriterionFields = graphql(`
  fragment BoardNationalCriterion on NationalCriterion @_unmask {
    code
    title
    areas
    median
    lowest
    highest
    pooledMet
    pooledApplicable
    pooledPercentage
    standing(areaCode: $code) {
      position
      of
    }
  }
`);

const NationalAreaFields = graphql(
  `
    fragment BoardNationalArea on NationalPictureArea @_unmask {
      area {
        id
        code
        name
        region
      }
      inspection {
        id
        title
        year
      }
      basis {
        kind
        offenderInterviews
      }
      criterionScores {
        ...CriterionScoreFigure
      }
    }
  `,
  [CriterionScoreFigureFragment],
);

/** The national picture of one subsample: every area's scores and the groups compared like with like. */
const NationalPictureFields = graphql(
  `
    fragment BoardNationalPicture on NationalPicture @_unmask {
      subsample
      areas {
        ...BoardNationalArea
      }
      groups {
        heading
        apartBecause
        ofAreas
        areas {
          area {
            code
          }
        }
        criteria {
          ...BoardNationalCriterion
        }
      }
    }
  `,
  [NationalAreaFields, NationalCriterionFields],
);

export const NationalPictureQuery = graphql(
  `
    query NationalPicture($frameworkKey: String!, $code: String!) {
      all: nationalPicture(frameworkKey: $frameworkKey) {
        ...BoardNationalPicture
      }
      highRisk: nationalPicture(frameworkKey: $frameworkKey, subsample: "HIGH_RISK_OF_HARM") {
        ...BoardNationalPicture
      }
    }
  `,
  [NationalPictureFields],
);
