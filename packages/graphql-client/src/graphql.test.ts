import { describe, expect, it } from 'vitest';
import { graphql, type ResultOf } from './graphql.ts';

const ReferenceReport = graphql(`
  query ReferenceReport {
    area(code: "WMPA") {
      name
      inspections(first: 10) {
        edges {
          node {
            year
            criterionScores {
              code
              percentage
            }
          }
        }
      }
    }
  }
`);

describe('typed documents', () => {
  it('are parsed documents whose result type follows the schema', () => {
    type Result = ResultOf<typeof ReferenceReport>;
    const sample: Result = {
      area: {
        name: 'West Midlands',
        inspections: { edges: [{ node: { year: 2005, criterionScores: [{ code: 'B1', percentage: 62 }] } }] },
      },
    };
    expect(ReferenceReport.definitions[0]?.kind).toBe('OperationDefinition');
    expect(sample.area?.inspections.edges[0]?.node.year).toBe(2005);
  });
});
