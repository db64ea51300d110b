// Reading an area's case list before import: what it would take in, its problems and the questions its dates cannot
// settle. services/case-list-for-team.ts decides and reads; nothing is written.
import { builder } from '../../builder.ts';
import { previewCaseList, type CaseListPreview } from '../../services/case-list-for-team.ts';
import { COMMON_ERRORS } from '../errors.ts';
import { caseListFile, caseListFileInput } from './case-list-file.ts';
import { CaseListProblemRef } from './case-list-problem.ts';
import { UnderivableQuestionRef } from './underivable-question.ts';

const CaseListPreviewRef = builder.objectRef<CaseListPreview>('CaseListPreview').implement({
  description: 'What an import would take in; nothing is written.',
  fields: (t) => ({
    readable: t.exposeInt('readable'),
    highRisk: t.exposeInt('highRisk'),
    ineligible: t.exposeInt('ineligible'),
    problems: t.field({ type: [CaseListProblemRef], resolve: (p) => p.problems }),
    underivable: t.field({
      type: [UnderivableQuestionRef],
      description:
        "Date-derived questions of the inspection's framework that the list's dates will not settle, with why.",
      resolve: (p) => p.underivable,
    }),
  }),
});

builder.mutationField('previewCaseList', (t) =>
  t.fieldWithInput({
    type: CaseListPreviewRef,
    errors: { types: COMMON_ERRORS },
    input: {
      ...caseListFileInput(t.input),
    },
    resolve: (_root, { input }, ctx) => previewCaseList(ctx, input.inspectionId.id, () => caseListFile(input)),
  }),
);
