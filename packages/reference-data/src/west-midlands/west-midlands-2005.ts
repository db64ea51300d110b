// The 2005 follow-up: 40 pseudonymous case files with their answers (generated, committed data; see
// src/build/generate-west-midlands-2005.ts) and the report's own content.
import { RISK_OF_HARM_LEVELS } from '@scrutiny/domain';
import committed from '../data/west-midlands-2005-case-files.json' with { type: 'json' };
import { reportedFigures } from '../build/reported-targets.ts';
import { DEMO_EMAILS } from '../demo/accounts.ts';
import type {
  FollowedUpRecommendation,
  ReferenceCaseFile,
  ReferenceInspection,
  ReferenceMeeting,
  TeamMember,
} from '../types.ts';
import {
  westMidlands2005Findings,
  westMidlands2005GoodPractice,
  westMidlands2005ReportTexts,
} from './west-midlands-2005-report.ts';

// JSON loses the literal types; check the one field whose values are a closed set rather than trusting a cast.
function readCaseFiles(files: readonly { facts: { riskOfHarm: string } }[]): ReferenceCaseFile[] {
  for (const file of files) {
    if (!(RISK_OF_HARM_LEVELS as readonly string[]).includes(file.facts.riskOfHarm)) {
      throw new Error(`Unknown risk of harm level ${file.facts.riskOfHarm} in the committed case files`);
    }
  }
  return files as unknown as ReferenceCaseFile[];
}

export const westMidlands2005CaseFiles: readonly ReferenceCaseFile[] = readCaseFiles(committed.caseFiles);

/**
 * How far each of the five was achieved. The report answers recommendation by recommendation in its words, not on a
 * scale; each judgement below is placed on the platform's progress scale from the sentence quoted beside it.
 */
const JUDGEMENTS: readonly NonNullable<FollowedUpRecommendation['judgement']>[] = [
  {
    value: 'GOOD_PROGRESS',
    basis:
      "The increase in probation's strategic involvement in MAPPA had taken place decisively and had already produced many benefits.",
  },
  {
    value: 'GOOD_PROGRESS',
    basis:
      "West Midlands had reviewed all its MAPPA Level 3 cases in the previous 12 months, reducing the number from 500+ to 45 as of June 2005. This had enabled attention to be focused on the 'critical few'.",
  },
  {
    value: 'REASONABLE_PROGRESS',
    basis:
      'MAPPA documentation was more reliably finding a place on case files and being utilised by case managers. However, this positive trend needed to be built upon.',
  },
  {
    value: 'REASONABLE_PROGRESS',
    basis:
      'Whilst there was encouraging evidence of movement in the right direction, further improvement in the key area of risk of harm work, for example, was evidently still needed.',
  },
  {
    value: 'REASONABLE_PROGRESS',
    basis:
      'Supervision plans were being reviewed more reliably, as were risk of harm assessments. However, objectives needed to be more SMART and supervision plan reviews needed to integrate MAPPA work more thoroughly in a routine ongoing way.',
  },
];

export const westMidlands2005Recommendations: readonly FollowedUpRecommendation[] =
  reportedFigures.followedUpRecommendations.map((text, i) => ({
    number: i + 1,
    text,
    baselineNumber: i + 1,
    judgement: JUDGEMENTS[i],
  }));

/** From the Inspection arrangements: "Meetings were held with ...". */
export const westMidlands2005Meetings: readonly ReferenceMeeting[] = [
  { with: 'A group of Board members', kind: 'BOARD' },
  { with: 'The CO and Director of Operations', kind: 'MANAGEMENT' },
  { with: 'SPOs and DMs', kind: 'MANAGEMENT' },
  { with: 'Members of the MAPPA SMB and the MAPPA coordinator', kind: 'PARTNERS' },
  { with: 'A group of practitioners', kind: 'PRACTITIONERS' },
];

const AREA_ASSESSORS = [
  'Neil Appleby',
  'Andrew Brownsword',
  'Philip Ellis',
  'Bronwen Elphick',
  'Kashmir Garton',
  'Frank Gravenor',
  'Linda Hartley',
  'Mike Kerlake',
  'Lalita Patel',
  'Manjinder Purewal',
  'Marj Rogers',
];

const ASSESSOR_ACCOUNTS: Record<string, string> = {
  'Neil Appleby': DEMO_EMAILS.westMidlandsAssessorA,
  'Lalita Patel': DEMO_EMAILS.westMidlandsAssessorB,
};

/** From the Acknowledgements. */
export const westMidlands2005Team: readonly TeamMember[] = [
  {
    name: 'John Hutchings',
    role: 'ASSISTANT_CHIEF_INSPECTOR',
    title: 'HM Assistant Chief Inspector',
    email: DEMO_EMAILS.assistantChiefInspector,
  },
  { name: 'Kate White', role: 'INSPECTOR', title: 'HM Inspector', email: DEMO_EMAILS.inspector },
  { name: 'John Browne', role: 'INSPECTOR', title: 'HM Inspector' },
  { name: 'Nigel Scarff', role: 'INSPECTOR', title: 'HM Inspector' },
  ...AREA_ASSESSORS.map((name): TeamMember => ({
    name,
    role: 'AREA_ASSESSOR',
    title: 'Area Assessor',
    ...(ASSESSOR_ACCOUNTS[name] ? { email: ASSESSOR_ACCOUNTS[name] } : {}),
  })),
  {
    name: 'Kevin Ball',
    role: 'INFORMATION_MANAGER',
    title: 'Information Manager',
    email: DEMO_EMAILS.informationManager,
  },
  { name: 'Junior Rhone', role: 'ADMIN_OFFICER', title: 'Inspection Admin Officer', email: DEMO_EMAILS.adminOfficer },
];

export const westMidlands2005: ReferenceInspection = {
  key: 'WMPA-2005-follow-up',
  areaCode: 'WMPA',
  year: 2005,
  kind: 'FOLLOW_UP',
  status: 'PUBLISHED',
  evidence: 'CASE_FILES',
  frameworkKey: 'esi',
  frameworkVersion: '2005-follow-up',
  baselineKey: 'WMPA-2004',
  // "Unlike in the original ESI, no interviews were conducted with offenders or with significant other workers." (the report)
  offenderInterviews: false,
  // The report gives June 2005 only; the case files were read in its first two weeks.
  fieldwork: { from: '2005-06-06', to: '2005-06-30' },
  published: '2005-07',
  demo: false,
  caseFiles: westMidlands2005CaseFiles,
  recordedFigures: [],
  // The follow-up made no new recommendations; it judged the five it followed up.
  recommendations: [],
  followedUpRecommendations: westMidlands2005Recommendations,
  findings: westMidlands2005Findings,
  goodPractice: westMidlands2005GoodPractice,
  reportTexts: westMidlands2005ReportTexts,
  meetings: westMidlands2005Meetings,
  team: westMidlands2005Team,
};
