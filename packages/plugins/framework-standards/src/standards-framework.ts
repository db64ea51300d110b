// A standards-based case supervision framework in the style of HM Inspectorate of Probation's current one: each
// case file gets a yes or no per key question (weighed against its prompts), a key question's score is the share
// of applicable case files meeting it, and the ratings follow the thresholds declared here. The rules that turn
// these declarations into ratings are the platform's (packages/domain/src/rating), not this plugin's.
import type { Condition, Criterion, FrameworkDefinition, Measure, RatingModel } from '@scrutiny/domain';

export const YES_NO = 'YES_NO';
/** On a key question: it needs interviews with the person on probation, so the adjusted question set leaves it out. */
export const NEEDS_PERSON_INTERVIEWS = 'needs-person-interviews';
export const CORE = 'CORE';
export const ADJUSTED = 'ADJUSTED';

const always: Condition = { always: true };
/** Only a case with a plan in place long enough to be reviewed is asked about reviewing. */
const reviewDue: Condition = { hasDate: 'supervisionPlan' };
/** Safety of other people is a live question where the risk of harm is above low or children may be at risk. */
const othersAtRisk: Condition = {
  any: [{ fact: 'riskOfHarm', in: ['MEDIUM', 'HIGH', 'VERY_HIGH'] }, { flag: 'childProtectionConcerns' }],
};

function keyQuestion(
  key: string,
  text: string,
  prompts: readonly string[],
  options: { applicability?: Condition; tags?: readonly string[] } = {},
): Measure {
  return {
    key,
    criterion: key.slice(0, key.indexOf('.', 2)),
    text,
    answerSet: YES_NO,
    applicability: options.applicability ?? always,
    tags: options.tags ?? [],
    reportBySubsample: true,
    prompts,
  };
}

function standard(code: string, title: string, description: string): Criterion {
  // A standard is rated, not scored: its key questions carry the percentages.
  return { code, section: '2', title, description, scoring: { kind: 'notScored' }, tags: [] };
}

export const ratingModel: RatingModel = {
  ratings: [
    { key: 'INADEQUATE', label: 'Inadequate', from: 0, points: 0 },
    { key: 'REQUIRES_IMPROVEMENT', label: 'Requires improvement', from: 50, points: 1 },
    { key: 'GOOD', label: 'Good', from: 65, points: 2 },
    { key: 'OUTSTANDING', label: 'Outstanding', from: 80, points: 3 },
  ],
  standardRule: 'lowestKeyQuestion',
  // Four standards score 0 to 12 points, banded in the same proportions as the inspectorate's full scale.
  overall: {
    rule: 'sumOfPoints',
    thresholds: [
      { from: 0, rating: 'INADEQUATE' },
      { from: 3, rating: 'REQUIRES_IMPROVEMENT' },
      { from: 7, rating: 'GOOD' },
      { from: 11, rating: 'OUTSTANDING' },
    ],
  },
  questionSets: [
    { key: CORE, label: 'Core key questions', excludeTags: [] },
    {
      key: ADJUSTED,
      label: 'Adjusted: without questions that need interviews with the person on probation',
      excludeTags: [NEEDS_PERSON_INTERVIEWS],
    },
  ],
  unitFact: 'district',
};

const criteria: Criterion[] = [
  standard(
    '2.1',
    'Assessment',
    'Assessment is well informed, analytical and personalised, actively involving the person on probation.',
  ),
  standard(
    '2.2',
    'Planning',
    'Planning is well informed, holistic and personalised, actively involving the person on probation.',
  ),
  standard(
    '2.3',
    'Implementation and delivery',
    'High-quality, well-focused, personalised and coordinated services are delivered, engaging the person on probation.',
  ),
  standard(
    '2.4',
    'Reviewing',
    'Reviewing of progress is well informed, analytical and personalised, actively involving the person on probation.',
  ),
];

const measures: Measure[] = [
  keyQuestion('2.1.engaging', 'Does assessment focus sufficiently on engaging the person on probation?', [
    'Does assessment analyse the motivation and readiness of the person to engage and comply?',
    'Does assessment take account of their diversity and personal circumstances?',
    'Is the person meaningfully involved in their assessment, and are their views taken into account?',
  ]),
  keyQuestion(
    '2.1.desistance',
    'Does assessment focus sufficiently on the factors linked to offending and desistance?',
    [
      'Does assessment identify and analyse the offending-related factors?',
      "Does it draw sufficiently on available sources of information, including other agencies' records?",
      'Does it analyse the strengths and protective factors of the person?',
    ],
  ),
  keyQuestion(
    '2.1.safety',
    'Does assessment focus sufficiently on keeping other people safe?',
    [
      'Does assessment clearly identify and analyse any risk of harm to others, including identifiable victims?',
      'Does it draw sufficiently on available sources of information, including past behaviour and convictions?',
      'Does it involve other agencies, such as children’s services, where needed?',
    ],
    { applicability: othersAtRisk },
  ),
  keyQuestion('2.2.engaging', 'Does planning focus sufficiently on engaging the person on probation?', [
    'Does planning set out the services most likely to reduce reoffending and support desistance?',
    'Is the person meaningfully involved in planning, and are their views taken into account?',
  ]),
  keyQuestion('2.2.desistance', 'Does planning focus sufficiently on reducing reoffending and supporting desistance?', [
    'Does planning address the most important offending-related factors?',
    'Does it build on the strengths and protective factors of the person?',
    'Does it take account of the timescales of the sentence?',
  ]),
  keyQuestion(
    '2.2.safety',
    'Does planning focus sufficiently on keeping other people safe?',
    [
      'Does planning promote the safety of other people, sufficiently addressing risk of harm?',
      'Does it involve other agencies where appropriate, and make contingency arrangements?',
    ],
    { applicability: othersAtRisk },
  ),
  keyQuestion(
    '2.3.engaging',
    'Is the sentence or post-custody period implemented effectively with a focus on engaging the person on probation?',
    [
      'Do the level and nature of contact offered support effective engagement?',
      'Are sufficient efforts made to enable the person to complete their sentence, including flexibility?',
      'Are risks of non-compliance identified and addressed in a timely fashion?',
    ],
    { tags: [NEEDS_PERSON_INTERVIEWS] },
  ),
  keyQuestion('2.3.desistance', 'Does the implementation and delivery of services effectively support desistance?', [
    'Are the delivered services those most likely to reduce reoffending and support desistance?',
    'Is sufficient attention given to sequencing, and to engaging the person’s wider network?',
  ]),
  keyQuestion(
    '2.3.safety',
    'Does the implementation and delivery of services effectively support the safety of other people?',
    [
      'Are the delivered services sufficient to manage and minimise the risk of harm?',
      'Is sufficient attention given to the protection of actual and potential victims?',
      'Are home visits and information sharing used where needed to keep other people safe?',
    ],
    { applicability: othersAtRisk },
  ),
  keyQuestion(
    '2.4.compliance',
    'Does reviewing focus sufficiently on supporting the person’s compliance and engagement?',
    [
      'Does reviewing identify and address changes in the factors linked to compliance and engagement?',
      'Is the person meaningfully involved in reviewing their progress?',
    ],
    { applicability: reviewDue },
  ),
  keyQuestion(
    '2.4.desistance',
    'Does reviewing focus sufficiently on supporting desistance?',
    [
      'Does reviewing identify and address changes in the factors linked to offending behaviour?',
      'Does it lead to the necessary adjustments in the plan of work?',
    ],
    { applicability: reviewDue },
  ),
  keyQuestion(
    '2.4.safety',
    'Does reviewing focus sufficiently on keeping other people safe?',
    [
      'Does reviewing identify and address changes in factors related to risk of harm?',
      'Is it informed by the necessary input from other agencies?',
    ],
    { applicability: { all: [reviewDue, othersAtRisk] } },
  ),
];

export const standardsFramework: FrameworkDefinition = {
  // Sorts after 'esi', which some clients list first.
  key: 'standards-case-supervision',
  version: '2024.1',
  title: 'Case supervision standards',
  description:
    'Standards-based inspection of case supervision: key questions answered yes or no on each case file, rated ' +
    'Outstanding, Good, Requires improvement or Inadequate.',
  sections: [{ code: '2', title: 'Domain two: case supervision' }],
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
  ],
  subsamples: [
    {
      key: 'HIGH_RISK_OF_HARM',
      label: 'High and very high risk of harm',
      condition: { fact: 'riskOfHarm', in: ['HIGH', 'VERY_HIGH'] },
    },
  ],
  // The same thresholds, so a key question whose interval spans one is flagged on the report.
  ratingBands: ratingModel.ratings.map(({ from, label }) => ({ from, label })),
  ratings: ratingModel,
};
