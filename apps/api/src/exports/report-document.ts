// The GraphQL document the exports read a published report with: the same fields the board's report page asks
// for, with the measures and criterion scores of every subsample the framework names (aliased s0, s1, …).
// Exports read it as an anonymous reader, so they show exactly what the public may see.

/** At most this many subsamples besides the whole sample: armor's alias limit is 15. */
export const MAX_SUBSAMPLES = 6;

const INTERVAL = 'interval { low high }';
const SCORE = `figureId code title percentage met applicable adjusted smallDenominator suppressed subsample ${INTERVAL}`;
const MEASURE = `figureId key criterion text subsample percentage met applicable smallDenominator suppressed unanswered notApplicable judgesCriterion ${INTERVAL}`;

export const SUBSAMPLES_DOCUMENT = /* GraphQL */ `
  query ExportSubsamples($id: ID!) {
    inspection(id: $id) {
      published
      subsamples {
        key
      }
    }
  }
`;

/** The report document, asking for each of `subsamples` (besides ALL) through variables $s0, $s1, …. */
export function reportDocument(subsampleCount: number): string {
  const count = Math.min(subsampleCount, MAX_SUBSAMPLES);
  const indices = Array.from({ length: count }, (_, i) => i);
  const variables = indices.map((i) => `, $s${i}: String!`).join('');
  const perSubsample = indices
    .map(
      (i) =>
        `scores${i}: criterionScores(subsample: $s${i}) { ${SCORE} } measures${i}: measureResults(subsample: $s${i}) { ${MEASURE} }`,
    )
    .join('\n');
  return /* GraphQL */ `
    query ExportReport($id: ID!${variables}) {
      inspection(id: $id) {
        id title year kind published publishedAt methodNote evidence
        area { code name }
        baseline { title year }
        framework {
          title version sections { code title } criteria { code section title description } ratingBands { from label }
        }
        subsamples { key label }
        criterionScores { ${SCORE} }
        measureResults { ${MEASURE} }
        ${perSubsample}
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
          summary improved deteriorated unchanged compared alpha correction
          figures {
            key kind subsample baselinePercentage baselineMet baselineApplicable baselineAdjusted changePoints direction
            pValue adjustedPValue significant changeInterval { low high } baselineInterval { low high }
          }
          notCompared { kind key subsample reason }
        }
        reportTexts { section signedBy text }
        findings { id criterionCode kind text }
        goodPractices { id criterionCode title text }
        followedUpRecommendations { id judgement comment recommendation { number text } }
      }
    }
  `;
}
