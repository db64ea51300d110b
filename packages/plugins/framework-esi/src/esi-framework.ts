// The Effective Supervision Inspection framework as the 2005 follow-up used it (reference report:
// esi-follow-up-west-midlands-2005.md). Texts of sections, criteria and descriptions are the report's; the measures
// are every figure the report prints, under the keys of west-midlands-figures.json.
import type { Condition, Criterion, FrameworkDefinition, Measure } from '@scrutiny/domain';
import { HIGH_RISK_OF_HARM } from '@scrutiny/domain';

export const YES_NO = 'YES_NO';
export const CLASSIFICATION = 'CLASSIFICATION';
export const OVERALL_JUDGEMENT = 'overall-judgement';
/** On a criterion: its original score was adjusted because the follow-up held no interviews with offenders or other workers. */
export const NEEDS_OFFENDER_INTERVIEWS = 'needs-offender-interviews';

const always: Condition = { always: true };
const highRiskOnly: Condition = HIGH_RISK_OF_HARM.condition;

interface MeasureOptions {
  applicability?: Condition;
  /** Asked of high and very high risk of harm cases only. */
  highRiskOnly?: boolean;
  answerSet?: string;
  derivation?: Measure['derivation'];
  tags?: readonly string[];
}

function measure(key: string, text: string, options: MeasureOptions = {}): Measure {
  const applicability = options.highRiskOnly ? highRiskOnly : (options.applicability ?? always);
  return {
    key,
    criterion: key.slice(0, key.indexOf('.')),
    text,
    answerSet: options.answerSet ?? YES_NO,
    applicability,
    ...(options.derivation ? { derivation: options.derivation } : {}),
    tags: options.tags ?? [],
    // A high-risk-only measure's population is the subsample itself: its whole-sample figure is the high-risk one.
    reportBySubsample: !options.highRiskOnly,
  };
}

/** The inspectorate's per-case judgement on a whole criterion, from which the criterion score is the share met. */
function overallJudgement(criterion: string, text: string): Measure {
  return measure(`${criterion}.overall`, text, { tags: [OVERALL_JUDGEMENT] });
}

function scoredCriterion(code: string, title: string, description: string, tags: readonly string[] = []): Criterion {
  return {
    code,
    section: code.slice(0, 1),
    title,
    description,
    scoring: { kind: 'overallJudgement', measure: `${code}.overall` },
    tags,
  };
}

const criteria: Criterion[] = [
  {
    code: 'A1',
    section: 'A',
    title: 'Leadership and planning',
    description:
      'The Board and CO lead the area in the achievement of national targets and implementation of national policies through the production of local policies and procedures which are regularly monitored and reviewed. Areas are enabled to work efficiently and effectively by the NPD who develop national targets and policies in line with Ministerial priorities and provides guidance and resources. The senior management team is committed to the implementation of national and local targets and priorities, including What Works strategies, risk management and promoting diversity.',
    // The follow-up reported on management from meetings and documents but did not re-score it.
    scoring: { kind: 'notScored' },
    tags: [],
  },
  scoredCriterion(
    'B1',
    'Assessment of risk of harm',
    "Risk of harm is satisfactorily assessed using an approved instrument (OASys where available), specialist assessment tools, where relevant, and draws on MAPPA, other agencies' and previous probation service assessments.",
  ),
  scoredCriterion(
    'B3',
    'Case management',
    'The case is managed effectively and interventions coordinated to enable criminogenic factors to be addressed and any risk of harm managed. The ISP or CPO assessment takes account of the PSR, SSR or sentence plan in licence cases, and describes an overall plan of work for each offender, in line with the assessments of risk of harm and need and the likelihood of reoffending.',
  ),
  scoredCriterion(
    'C2',
    'Delivering appropriate supervision',
    'Interventions are delivered to achieve the objectives identified in the ISP and recorded according to the requirements of national standards. Supervision is prioritised according to an ongoing assessment of risk and need and takes account of previous reviews and work already undertaken by the area and other agencies. Case managers oversee and coordinate the work of other staff and partner organisations and all staff play an active part in motivating and supporting offenders throughout their supervision.',
    [NEEDS_OFFENDER_INTERVIEWS],
  ),
  scoredCriterion(
    'C5',
    'Management of risk of harm',
    'Risk of harm is actively managed in consultation with other agencies.',
    [NEEDS_OFFENDER_INTERVIEWS],
  ),
];

const measures: Measure[] = [
  measure('B1.initial-assessment-done', 'An initial risk of harm assessment was done'),
  // Only an assessment that exists can be judged for quality: "the quality of these was deemed satisfactory".
  measure('B1.initial-assessment-quality', 'The initial risk of harm assessment was of satisfactory quality', {
    applicability: { hasDate: 'initialAssessment' },
  }),
  measure('B1.review-16-weeks', 'Risk of harm was reassessed satisfactorily every 16 weeks'),
  measure('B1.review-after-incident', 'Risk of harm was reassessed satisfactorily after a significant incident', {
    applicability: { flag: 'significantIncident' },
  }),
  measure('B1.classification-appropriate', 'The risk of harm classification was appropriate', {
    answerSet: CLASSIFICATION,
  }),
  measure(
    'B1.rmp-quality-timely',
    'A risk management plan of satisfactory quality was completed within five working days',
    {
      highRiskOnly: true,
      derivation: {
        rule: { kind: 'withinWorkingDays', from: 'start', to: 'riskManagementPlan', days: 5 },
        mode: 'alsoRequired',
      },
    },
  ),
  measure('B1.management-involvement', 'Managers were appropriately involved in the risk of harm assessment', {
    highRiskOnly: true,
  }),
  overallJudgement('B1', 'Overall, risk of harm was satisfactorily assessed in this case'),

  measure('B3.isp-quality', 'The initial supervision plan was of satisfactory overall quality'),
  measure('B3.objectives-match-needs', "The plan's objectives matched the offender's risks and needs"),
  measure(
    'B3.other-assessments-integrated',
    'Assessments by other agencies and MAPPA were integrated into the supervision plan',
    {
      applicability: { flag: 'otherAgencyAssessments' },
    },
  ),
  measure('B3.smart-objectives', 'The initial supervision plan contained SMART objectives'),
  measure('B3.liaison-recorded', 'Liaison with other agencies was set out in the plan'),
  measure('B3.diversity-recorded', 'Diversity issues were set out in the plan'),
  overallJudgement('B3', 'Overall, the case was managed effectively in this case'),

  measure('C2.progress-reviewed', 'Progress against objectives was reviewed in line with national standards'),
  measure('C2.smart-objectives-in-reviews', 'Supervision plan reviews contained SMART objectives'),
  measure('C2.additional-requirements', 'Additional requirements on orders or licences were adequately implemented', {
    applicability: { flag: 'additionalRequirements' },
  }),
  measure('C2.liaison-with-providers', 'Liaison with others delivering interventions was satisfactory'),
  measure(
    'C2.rmp-mappa-in-reviews',
    'Risk management plans and MAPPA work were integrated into supervision plan reviews',
  ),
  overallJudgement('C2', 'Overall, appropriate supervision was delivered in this case'),

  measure('C5.interventions-match-risk', 'The level of intervention matched the risk of harm assessment'),
  measure('C5.child-protection', 'Probation involvement in child protection arrangements was satisfactory', {
    applicability: { flag: 'childProtectionConcerns' },
  }),
  measure('C5.risk-changes-addressed', 'Potential changes in risk of harm were identified and addressed'),
  measure('C5.management-oversight', 'Management oversight of the ongoing case management process was satisfactory'),
  measure('C5.interagency-rmp-produced', 'An adequate inter-agency risk management plan was produced'),
  measure('C5.interagency-rmp-reviewed', 'The inter-agency risk management plan was reviewed comprehensively'),
  overallJudgement('C5', 'Overall, risk of harm was satisfactorily managed in this case'),
];

export const esiFramework: FrameworkDefinition = {
  key: 'esi',
  version: '2005-follow-up',
  title: 'Effective Supervision Inspection (follow-up)',
  description:
    'The Effective Supervision Inspection of the National Probation Service for England and Wales, as used for the follow-up inspections of 2005: the management criterion (not re-scored) and the assessment and interventions criteria relevant to risk of harm, MAPPA and supervision planning.',
  sections: [
    { code: 'A', title: 'Quality of management' },
    { code: 'B', title: 'Quality of assessment' },
    { code: 'C', title: 'Quality of interventions' },
  ],
  criteria,
  measures,
  answerSets: [
    {
      key: YES_NO,
      options: [
        { value: 'YES', label: 'Yes', meets: true },
        { value: 'NO', label: 'No', meets: false },
      ],
    },
    {
      key: CLASSIFICATION,
      options: [
        { value: 'APPROPRIATE', label: 'Appropriate', meets: true },
        { value: 'INFLATED', label: 'Inflated (classified higher than the evidence supports)', meets: false },
        { value: 'DEFLATED', label: 'Deflated (classified lower than the evidence supports)', meets: false },
      ],
    },
  ],
  subsamples: [HIGH_RISK_OF_HARM],
};
