// DEMO inspections: three peer areas of the same comparison group with published 2005 inspections on the ESI
// framework, and a West Midlands follow-up still in fieldwork. Every figure they produce is made up.
import { esiFramework } from '@scrutiny/plugin-framework-esi';
import { demoPeerAreas } from '../areas.ts';
import { followUpTargets } from '../build/reported-targets.ts';
import type { ReferenceArea, ReferenceInspection } from '../types.ts';
import { DEMO_EMAILS } from './accounts.ts';
import { generateDemoCaseFiles } from './generate-demo-case-files.ts';

const DEMO_NOTICE = {
  key: 'foreword' as const,
  title: 'Demonstration data',
  body: 'This inspection is DEMO data made up for demonstrating Scrutiny. Its figures are fictional and say nothing about the area.',
};

/** Each question's rate near West Midlands' printed 2005 figure, shifted by the peer's made-up `lean`. */
function ratesAround(lean: number): Map<string, number> {
  const rates = new Map<string, number>();
  for (const [key, target] of followUpTargets()) {
    const printed = target.all ?? target.highRisk;
    if (printed !== null) rates.set(key, Math.min(0.97, Math.max(0.1, printed / 100 + lean)));
  }
  return rates;
}

interface PeerPlan {
  area: ReferenceArea;
  prefix: string;
  seed: number;
  count: number;
  highRiskCount: number;
  lean: number;
}

function peerInspection(plan: PeerPlan): ReferenceInspection {
  return {
    key: `${plan.area.code}-2005`,
    areaCode: plan.area.code,
    year: 2005,
    kind: 'FULL',
    status: 'PUBLISHED',
    evidence: 'CASE_FILES',
    frameworkKey: esiFramework.key,
    frameworkVersion: esiFramework.version,
    baselineKey: null,
    offenderInterviews: true,
    fieldwork: { from: '2005-05-09', to: '2005-05-27' },
    published: '2005-09',
    demo: true,
    caseFiles: generateDemoCaseFiles(esiFramework, {
      seed: plan.seed,
      prefix: plan.prefix,
      count: plan.count,
      highRiskCount: plan.highRiskCount,
      districts: plan.area.districts,
      startBetween: ['2005-01-04', '2005-01-31'],
      orderTypes: ['CRO', 'CRO', 'CPO', 'CPRO', 'LICENCE', 'LICENCE'],
      rates: ratesAround(plan.lean),
      defaultRate: 0.6,
      assessorEmails: [null],
    }),
    recordedFigures: [],
    recommendations: [],
    followedUpRecommendations: [],
    findings: [],
    goodPractice: [],
    reportTexts: [DEMO_NOTICE],
    meetings: [],
    team: [],
  };
}

const [greaterManchester, merseyside, westYorkshire] = demoPeerAreas as [ReferenceArea, ReferenceArea, ReferenceArea];

export const demoPeerInspections: readonly ReferenceInspection[] = [
  peerInspection({ area: greaterManchester, prefix: 'GM05', seed: 1101, count: 40, highRiskCount: 20, lean: -0.06 }),
  peerInspection({ area: merseyside, prefix: 'ME05', seed: 1202, count: 34, highRiskCount: 15, lean: 0.04 }),
  peerInspection({ area: westYorkshire, prefix: 'WY05', seed: 1303, count: 36, highRiskCount: 18, lean: -0.02 }),
];

/** A West Midlands follow-up in fieldwork: some files assessed, some assigned but not started, two unassigned. */
export const demoInProgressInspection: ReferenceInspection = {
  key: 'WMPA-2006-follow-up-DEMO',
  areaCode: 'WMPA',
  year: 2006,
  kind: 'FOLLOW_UP',
  status: 'FIELDWORK',
  evidence: 'CASE_FILES',
  frameworkKey: esiFramework.key,
  frameworkVersion: esiFramework.version,
  baselineKey: 'WMPA-2005-follow-up',
  offenderInterviews: true,
  fieldwork: { from: '2006-06-05', to: '2006-06-23' },
  published: null,
  demo: true,
  caseFiles: generateDemoCaseFiles(esiFramework, {
    seed: 2006,
    prefix: 'WM06',
    count: 12,
    highRiskCount: 7,
    districts: ['Birmingham North', 'Coventry', 'Sandwell', 'Wolverhampton'],
    // Started after April 2005, so community orders under the Criminal Justice Act 2003 (CO).
    startBetween: ['2006-01-04', '2006-01-31'],
    orderTypes: ['CO', 'CO', 'CO', 'LICENCE', 'LICENCE'],
    rates: ratesAround(0.05),
    defaultRate: 0.65,
    assessorEmails: [
      DEMO_EMAILS.westMidlandsAssessorA,
      DEMO_EMAILS.westMidlandsAssessorB,
      DEMO_EMAILS.westMidlandsAssessorA,
      DEMO_EMAILS.westMidlandsAssessorB,
      DEMO_EMAILS.westMidlandsAssessorA,
      DEMO_EMAILS.westMidlandsAssessorB,
      DEMO_EMAILS.westMidlandsAssessorA,
      DEMO_EMAILS.westMidlandsAssessorB,
      DEMO_EMAILS.westMidlandsAssessorA,
      DEMO_EMAILS.westMidlandsAssessorB,
      null,
      null,
    ],
    unassessed: 6,
  }),
  recordedFigures: [],
  recommendations: [],
  followedUpRecommendations: [],
  findings: [],
  goodPractice: [],
  reportTexts: [DEMO_NOTICE],
  meetings: [],
  // The demo team, so the inspector and both assessors can work on it in the apps.
  team: [
    { name: 'Kate White', role: 'INSPECTOR', title: 'HM Inspector', email: DEMO_EMAILS.inspector },
    { name: 'Neil Appleby', role: 'AREA_ASSESSOR', title: 'Area Assessor', email: DEMO_EMAILS.westMidlandsAssessorA },
    { name: 'Lalita Patel', role: 'AREA_ASSESSOR', title: 'Area Assessor', email: DEMO_EMAILS.westMidlandsAssessorB },
  ],
};
