// A case file of an inspection's sample: its facts, assessor, answers and the framework's questions as they stand
// for it; reading one, the signed-in assessor's own, and the team's work on them (assignment, replacement,
// submission). Its facts are case-facts.ts, a question case-file-question.ts, an answer ../answer.ts.
import { effectiveAnswer, type CaseFacts } from '@scrutiny/domain';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { answersVisibleTo } from '../../access/blind-marking.ts';
import { mayReadCaseFile } from '../../access/case-file-reading.ts';
import { visibleCaseFiles } from '../../access/visibility.ts';
import { assignCaseFiles, replaceCaseFileForTeam, submitCaseFile } from '../../services/case-file-work.ts';
import { COMMON_ERRORS } from '../errors.ts';
import '../inspection/type.ts';
import { UserRef } from '../user/type.ts';
import { CaseFactsRef, RiskOfHarmEnum } from './case-facts.ts';
import { CaseFileQuestionRef } from './case-file-question.ts';

export const CaseFileStatusEnum = builder.enumType('CaseFileStatus', {
  values: ['UNASSIGNED', 'ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'VALIDATED'] as const,
});
export const SampleRoleEnum = builder.enumType('SampleRole', { values: ['SAMPLE', 'RESERVE', 'REPLACED'] as const });

export const CaseFileRef = builder.prismaNode('CaseFile', {
  id: { field: 'id' },
  // Every read of a case file, however it was reached (by id, in a list, as a node), goes to the audit log.
  authScopes: (caseFile, ctx) => mayReadCaseFile(ctx, caseFile),
  fields: (t) => ({
    reference: t.exposeString('reference'),
    facts: t.field({ type: CaseFactsRef, select: { facts: true }, resolve: (f) => f.facts as unknown as CaseFacts }),
    riskOfHarm: t.expose('riskOfHarm', { type: RiskOfHarmEnum }),
    officer: t.exposeString('officer', { nullable: true }),
    status: t.expose('status', { type: CaseFileStatusEnum }),
    sampleRole: t.expose('sampleRole', { type: SampleRoleEnum }),
    replacedReason: t.exposeString('replacedReason', { nullable: true }),
    assessor: t.relation('assessor', { nullable: true }),
    inspection: t.relation('inspection'),
    answers: t.relation('answers', {
      description: 'Hidden from an inspector while they second-mark the file, until they compare.',
      query: (_args, ctx) => ({ where: answersVisibleTo(ctx.viewer), orderBy: { measureKey: 'asc' } }),
    }),
    questions: t.field({
      type: [CaseFileQuestionRef],
      select: (_args, ctx) => ({
        facts: true,
        inspection: { select: { frameworkId: true } },
        answers: {
          select: { measureKey: true, value: true, reason: true, comment: true },
          where: answersVisibleTo(ctx.viewer),
        },
      }),
      resolve: async (file, _args, ctx) => {
        const framework = await ctx.frameworks.definition(file.inspection.frameworkId);
        const facts = file.facts as unknown as CaseFacts;
        const given = new Map(
          file.answers.map((a) => [
            a.measureKey,
            { measure: a.measureKey, value: a.value, reason: a.reason, comment: a.comment },
          ]),
        );
        return framework.measures.map((measure) => {
          const effective = effectiveAnswer(framework, measure.key, facts, given.get(measure.key));
          return {
            measureKey: measure.key,
            criterion: measure.criterion,
            text: measure.text,
            answerSet: measure.answerSet,
            status: effective.status,
            value: effective.value,
            derivedHolds: effective.derived?.holds ?? null,
            derivation: effective.derived?.explanation ?? null,
            prompts: measure.prompts ?? [],
          };
        });
      },
    }),
  }),
});

builder.queryField('caseFile', (t) =>
  t.prismaField({
    type: CaseFileRef,
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: [CaseFileRef] }) },
    resolve: async (query, _root, { id }, ctx) => {
      const where = visibleCaseFiles(ctx.viewer);
      if (!where) return null;
      // The read is written to the audit log by CaseFile's authorization, once per file per request.
      return ctx.prisma.caseFile.findFirst({ ...query, where: { AND: [{ id: id.id }, where] } });
    },
  }),
);

builder.queryField('myCaseFiles', (t) =>
  t.prismaField({
    type: [CaseFileRef],
    description: 'The case files assigned to the signed-in assessor.',
    resolve: (query, _root, _args, ctx) =>
      ctx.viewer
        ? ctx.prisma.caseFile.findMany({
            ...query,
            where: { assessorId: ctx.viewer.id },
            orderBy: { reference: 'asc' },
          })
        : [],
  }),
);

builder.mutationField('assignCaseFiles', (t) =>
  t.fieldWithInput({
    type: [CaseFileRef],
    description: 'Assigns case files to an assessor (or inspector) of the team, in bulk.',
    errors: { types: COMMON_ERRORS },
    input: {
      caseFileIds: t.input.globalIDList({
        required: true,
        for: [CaseFileRef],
        validate: z.array(z.unknown()).min(1).max(500),
      }),
      assessorId: t.input.globalID({ required: true, for: [UserRef] }),
    },
    resolve: (_root, { input }, ctx) =>
      assignCaseFiles(ctx.prisma, ctx.viewer, {
        caseFileIds: input.caseFileIds.map((id) => id.id),
        assessorId: input.assessorId.id,
      }),
  }),
);

builder.mutationField('replaceCaseFile', (t) =>
  t.fieldWithInput({
    type: CaseFileRef,
    description: 'Swaps an unusable file for a reserve file; the reason is recorded. Returns the replacement.',
    errors: { types: COMMON_ERRORS },
    input: {
      caseFileId: t.input.globalID({ required: true, for: [CaseFileRef] }),
      reason: t.input.string({
        required: true,
        validate: z.string().trim().min(3, 'Say why the file is replaced.').max(500),
      }),
    },
    resolve: (_root, { input }, ctx) =>
      replaceCaseFileForTeam(ctx.prisma, ctx.viewer, input.caseFileId.id, input.reason),
  }),
);

builder.mutationField('submitCaseFile', (t) =>
  t.fieldWithInput({
    type: CaseFileRef,
    description: 'Submits an assessed file; refused with the list of unanswered questions while any remain.',
    errors: { types: COMMON_ERRORS },
    input: { caseFileId: t.input.globalID({ required: true, for: [CaseFileRef] }) },
    resolve: (_root, { input }, ctx) => submitCaseFile(ctx, input.caseFileId.id),
  }),
);
