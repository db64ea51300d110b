// A published report as the board's report page shows it and the API's exports lay it out: one document, and the
// fragments of the figures both apps draw (a criterion score, a measure's figure, the comparison with a baseline).
//
// The fragments are unmasked (`@_unmask`): their data goes whole into the domain's report model (`buildReport`) and
// into figure tables, which read plain objects, so no component owns a fragment to read with `readFragment`. A
// fragment read in one place from two operations (the inspector's live scores) stays masked in its app instead.
import { graphql } from '../graphql.ts';

/** The framework a report is laid out by: its sections and criteria in order, and its rating bands. */
export const ReportFrameworkFragment = graphql(`
  fragment ReportFramework on Framework @_unmask {
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
`);

/** A criterion's score as a figure: what a table of scores shows. */
export const CriterionScoreFigureFragment = graphql(`
  fragment CriterionScoreFigure on CriterionScore @_unmask {
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

/** A measure's result as a figure: what a table of measures shows. */
export const MeasureResultFigureFragment = graphql(`
  fragment MeasureResultFigure on MeasureResult @_unmask {
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

/** A criterion score as a published report gives it: with its identifier, interval and disclosure control. */
export const ReportCriterionScoreFragment = graphql(
  `
    fragment ReportCriterionScore on CriterionScore @_unmask {
      ...CriterionScoreFigure
      figureId
      suppressed
      interval {
        low
        high
      }
    }
  `,
  [CriterionScoreFigureFragment],
);

/** A measure's figure as a published report gives it: also the files not answered or not applicable. */
export const ReportMeasureResultFragment = graphql(
  `
    fragment ReportMeasureResult on MeasureResult @_unmask {
      ...MeasureResultFigure
      figureId
      suppressed
      unanswered
      notApplicable
      judgesCriterion
      interval {
        low
        high
      }
    }
  `,
  [MeasureResultFigureFragment],
);

/** The comparison with the baseline inspection: each figure compared, and those left out with why. */
export const ReportComparisonFragment = graphql(`
  fragment ReportComparison on Comparison @_unmask {
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
`);

/** A standard's rating: computed from its key questions, or overridden by an inspector with a reason. */
export const ReportStandardRatingFragment = graphql(`
  fragment ReportStandardRating on StandardRating @_unmask {
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
`);

/** The overall rating, its points and why. */
export const ReportOverallRatingFragment = graphql(`
  fragment ReportOverallRating on OverallRating @_unmask {
    points
    reason
    rating {
      key
      label
      points
    }
  }
`);

/** One unit's ratings (withheld below the public threshold of case files). */
export const ReportUnitRatingsFragment = graphql(`
  fragment ReportUnitRatings on UnitRatings @_unmask {
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
`);

/** The ratings of a framework that gives them (each standard's, the overall rating and each unit's). */
export const ReportRatingsFragment = graphql(
  `
    fragment ReportRatings on InspectionRatings @_unmask {
      questionSet
      questionSets {
        key
        label
      }
      standards {
        ...ReportStandardRating
      }
      overall {
        ...ReportOverallRating
      }
      units {
        ...ReportUnitRatings
      }
    }
  `,
  [ReportStandardRatingFragment, ReportOverallRatingFragment, ReportUnitRatingsFragment],
);

/** A recommendation as a report states it. */
export const ReportRecommendationFragment = graphql(`
  fragment ReportRecommendation on Recommendation @_unmask {
    id
    number
    text
  }
`);

/** A follow-up inspection's judgement of a baseline's recommendation. */
export const ReportRecommendationFollowUpFragment = graphql(
  `
    fragment ReportRecommendationFollowUp on RecommendationFollowUp @_unmask {
      id
      judgement
      comment
      recommendation {
        ...ReportRecommendation
      }
    }
  `,
  [ReportRecommendationFragment],
);

/**
 * A published report: its words, the whole sample's figures, the figures of one subsample (`$subsample`, e.g.
 * HIGH_RISK_OF_HARM) and the comparison. The board's page shows the subsample's measures; the exports ask for each
 * further subsample with ReportSubsampleQuery and list every subsample's scores as well.
 *
 * `$pluginSections`: whether to ask for the sections plugins add. The exports must not: they add them from the report
 * they build, and the API makes those sections from the report the exports read (asking would ask again, forever).
 */
export const ReportQuery = graphql(
  `
    query Report($id: ID!, $subsample: String!, $pluginSections: Boolean!) {
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
          ...ReportFramework
        }
        subsamples {
          key
          label
        }
        criterionScores {
          ...ReportCriterionScore
        }
        measureResults {
          ...ReportMeasureResult
        }
        subsampleScores: criterionScores(subsample: $subsample) {
          ...ReportCriterionScore
        }
        subsampleMeasures: measureResults(subsample: $subsample) {
          ...ReportMeasureResult
        }
        ratings {
          ...ReportRatings
        }
        comparison {
          ...ReportComparison
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
        additionalReportSections @include(if: $pluginSections) {
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
          ...ReportRecommendationFollowUp
        }
      }
    }
  `,
  [
    ReportFrameworkFragment,
    ReportCriterionScoreFragment,
    ReportMeasureResultFragment,
    ReportRatingsFragment,
    ReportComparisonFragment,
    ReportRecommendationFollowUpFragment,
  ],
);

/** Whether an inspection is published, and the subsamples its framework names: what an export asks for first. */
export const ReportSubsamplesQuery = graphql(`
  query ReportSubsamples($id: ID!) {
    inspection(id: $id) {
      id
      published
      subsamples {
        key
      }
    }
  }
`);

/** One further subsample's figures of a report, beside those ReportQuery gave. */
export const ReportSubsampleQuery = graphql(
  `
    query ReportSubsample($id: ID!, $subsample: String!) {
      inspection(id: $id) {
        id
        criterionScores(subsample: $subsample) {
          ...ReportCriterionScore
        }
        measureResults(subsample: $subsample) {
          ...ReportMeasureResult
        }
      }
    }
  `,
  [ReportCriterionScoreFragment, ReportMeasureResultFragment],
);
