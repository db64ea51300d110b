// A small framework shaped like the ESI one (criteria scored by pooling and by an overall judgement, questions for
// high risk cases only, date-derived answers), used by the domain's tests.
import { HIGH_RISK_OF_HARM } from '../src/framework/applicability.ts';
import type { CaseFacts, CaseFileForScoring, FrameworkDefinition, GivenAnswer } from '../src/framework/model.ts';

export const YES_NO = {
  key: 'yes-no',
  options: [
    { value: 'YES', label: 'Yes', meets: true },
    { value: 'NO', label: 'No', meets: false },
  ],
};

export const RISK_CLASSIFICATION = {
  key: 'risk-classification',
  options: [
    { value: 'APPROPRIATE', label: 'Appropriate', meets: true },
    { value: 'INFLATED', label: 'Inflated', meets: false },
    { value: 'DEFLATED', label: 'Deflated', meets: false },
  ],
};

const highRiskOnly = HIGH_RISK_OF_HARM.condition;

export const esiLikeFramework: FrameworkDefinition = {
  key: 'esi-like',
  version: '1',
  title: 'ESI-like test framework',
  description: 'For tests.',
  sections: [
    { code: 'A', title: 'Management' },
    { code: 'B', title: 'Case management' },
  ],
  criteria: [
    { code: 'A1', section: 'A', title: 'Leadership', description: '', scoring: { kind: 'notScored' }, tags: [] },
    {
      code: 'B1',
      section: 'B',
      title: 'Assessment of risk of harm',
      description: '',
      scoring: { kind: 'pooled' },
      tags: [],
    },
    {
      code: 'B3',
      section: 'B',
      title: 'Case management',
      description: '',
      scoring: { kind: 'overallJudgement', measure: 'B3.overall' },
      tags: [],
    },
  ],
  answerSets: [YES_NO, RISK_CLASSIFICATION],
  subsamples: [HIGH_RISK_OF_HARM],
  measures: [
    {
      key: 'B1.classification',
      criterion: 'B1',
      text: 'Was the risk of harm classification appropriate?',
      answerSet: 'risk-classification',
      applicability: { always: true },
      tags: ['core'],
      reportBySubsample: true,
    },
    {
      key: 'B1.rmp-quality-timely',
      criterion: 'B1',
      text: 'Was a risk management plan of satisfactory quality completed within five working days?',
      answerSet: 'yes-no',
      applicability: highRiskOnly,
      derivation: {
        rule: { kind: 'withinWorkingDays', from: 'start', to: 'riskManagementPlan', days: 5 },
        mode: 'alsoRequired',
      },
      tags: ['core'],
      reportBySubsample: false,
    },
    {
      key: 'B1.offender-interview',
      criterion: 'B1',
      text: 'Did the offender understand the plan (from the interview)?',
      answerSet: 'yes-no',
      applicability: { always: true },
      tags: ['needs-offender-interviews'],
      reportBySubsample: true,
    },
    {
      key: 'B1.overall',
      criterion: 'B1',
      text: 'Overall, was the risk of harm assessment satisfactory?',
      answerSet: 'yes-no',
      applicability: { always: true },
      tags: ['overall-judgement'],
      reportBySubsample: true,
    },
    {
      key: 'B3.reviews',
      criterion: 'B3',
      text: 'Was the plan reviewed at least every 16 weeks?',
      answerSet: 'yes-no',
      applicability: { hasDate: 'inspected' },
      derivation: {
        rule: { kind: 'reviewedEveryWeeks', from: 'start', until: 'inspected', weeks: 16 },
        mode: 'answer',
      },
      tags: [],
      reportBySubsample: true,
    },
    {
      key: 'B3.additional-requirements',
      criterion: 'B3',
      text: 'Were the additional requirements adequately implemented?',
      answerSet: 'yes-no',
      applicability: { flag: 'additionalRequirements' },
      tags: [],
      reportBySubsample: true,
    },
    {
      key: 'B3.overall',
      criterion: 'B3',
      text: 'Overall, was the case well managed?',
      answerSet: 'yes-no',
      applicability: { always: true },
      tags: ['overall-judgement'],
      reportBySubsample: true,
    },
  ],
};

export function caseFacts(reference: string, overrides: Partial<CaseFacts> = {}): CaseFacts {
  return {
    reference,
    orderType: 'CO',
    riskOfHarm: 'MEDIUM',
    mappaCategory: null,
    mappaLevel: null,
    district: 'Birmingham North',
    sex: 'MALE',
    dates: {},
    reviewDates: [],
    flags: {},
    ...overrides,
  };
}

export function answer(measure: string, value: string, reason?: string): GivenAnswer {
  return { measure, value, reason: reason ?? null };
}

export function caseFile(facts: CaseFacts, answers: readonly GivenAnswer[]): CaseFileForScoring {
  return { facts, answers };
}
