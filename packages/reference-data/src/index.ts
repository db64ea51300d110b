export type * from './types.ts';
export {
  areas,
  comparisonGroups,
  demoPeerAreas,
  METROPOLITAN_AREAS,
  WEST_MIDLANDS_DISTRICTS,
  westMidlandsArea,
  westMidlandsAreaFacts,
} from './areas.ts';
export { westMidlands2004, westMidlands2004Recommendations } from './west-midlands/west-midlands-2004.ts';
export {
  westMidlands2005,
  westMidlands2005CaseFiles,
  westMidlands2005Meetings,
  westMidlands2005Recommendations,
  westMidlands2005Team,
} from './west-midlands/west-midlands-2005.ts';
export {
  westMidlands2005Findings,
  westMidlands2005GoodPractice,
  westMidlands2005ReportTexts,
} from './west-midlands/west-midlands-2005-report.ts';
export { westMidlands2005ReportModel } from './west-midlands/west-midlands-2005-report-model.ts';
export { DEMO_EMAILS, DEMO_PASSWORD, demoAccounts } from './demo/accounts.ts';
export { demoInProgressInspection, demoPeerInspections } from './demo/demo-inspections.ts';
export { generateDemoCaseFiles } from './demo/generate-demo-case-files.ts';
export type { DemoCaseFileOptions } from './demo/generate-demo-case-files.ts';
export { generateWestMidlands2005CaseFiles, WEST_MIDLANDS_2005_SEED } from './build/generate-west-midlands-2005.ts';

import { demoInProgressInspection, demoPeerInspections } from './demo/demo-inspections.ts';
import type { ReferenceInspection } from './types.ts';
import { westMidlands2004 } from './west-midlands/west-midlands-2004.ts';
import { westMidlands2005 } from './west-midlands/west-midlands-2005.ts';

/** Every inspection to seed, baselines before the inspections that follow them up. */
export const referenceInspections: readonly ReferenceInspection[] = [
  westMidlands2004,
  westMidlands2005,
  ...demoPeerInspections,
  demoInProgressInspection,
];
