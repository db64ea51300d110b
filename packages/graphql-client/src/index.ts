export * from './graphql.ts';
export * from './client.ts';
export { trustedDocumentText, sha256Hex } from './trusted-documents.ts';
export { SignInMutation, SignInOptionsQuery, SignOutMutation } from './documents/session.ts';
export { FactualAccuracyCommentFragment } from './documents/factual-accuracy.ts';
export { InvalidInputProblemsFragment, RefusalFragment } from './documents/refusal.ts';
export {
  CriterionScoreFigureFragment,
  MeasureResultFigureFragment,
  ReportComparisonFragment,
  ReportCriterionScoreFragment,
  ReportFrameworkFragment,
  ReportMeasureResultFragment,
  ReportOverallRatingFragment,
  ReportQuery,
  ReportRatingsFragment,
  ReportRecommendationFollowUpFragment,
  ReportRecommendationFragment,
  ReportStandardRatingFragment,
  ReportSubsampleQuery,
  ReportSubsamplesQuery,
  ReportUnitRatingsFragment,
} from './documents/report.ts';
