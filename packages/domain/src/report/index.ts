export type * from './model.ts';
export type * from './source.ts';
export { additionalSectionId, withAdditionalSections } from './additional-sections.ts';
export type { AddressedInspection, InspectionKindForAddress } from './address.ts';
export { inspectionIdForSlug, isReportSlug, reportSlug, reportSlugs, reportSlugYear } from './address.ts';
export { buildReport, glossaryEntries, REPORT_TEXT_SECTIONS, teamCredits } from './build-report.ts';
export {
  CORRECTION_LABEL,
  describeFigure,
  DIRECTION_LABEL,
  formatAgreement,
  formatChangePoints,
  formatCounts,
  formatInterval,
  formatKappa,
  formatPercent,
  formatPValue,
  JUDGEMENT_LABEL,
  missingFigureText,
  significanceText,
  wholePercent,
  wholePoints,
} from './format.ts';
export type { FigureLike } from './format.ts';
export {
  bandThresholds,
  changeTested,
  publishedFigureId,
  printedPercentage,
  straddlesBand,
  WHOLE_SAMPLE_LABEL,
} from './figure-facts.ts';
export type { FigureIdParts } from './figure-facts.ts';
export type { DocumentBlock } from './document.ts';
export { changeCell, figureCell, markdownBlocks, plain, reportDocument } from './document.ts';
