import { effectiveAnswer, type AnswerStatus, type CaseFacts } from '@scrutiny/domain';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { canReadCaseFile } from '../../access/checks.ts';
import { visibleCaseFiles } from '../../access/visibility.ts';
import { saveAnswer } from '../../services/answers.ts';
import { assignCaseFiles, replaceCaseFileForTeam, submitCaseFile } from '../../services/case-file-work.ts';
import { answersVisibleTo } from '../../access/blind-marking.ts';
import { AnswerConflictError, ClientMutationIdReusedError, UnauthenticatedError } from '../../services/errors.ts';
import { COMMON_ERRORS } from '../errors.ts';
import '../inspection/type.ts';
import { UserRef } from '../user/type.ts';

export const RiskOfHarmEnum = builder.enumType('RiskOfHarm', {
  values: ['LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH'] as const,
});
export const CaseFileStatusEnum = builder.enumType('CaseFileStatus', {
  values: ['UNASSIGNED', 'ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'VALIDATED'] as const,
});
export const SampleRoleEnum = builder.enumType('SampleRole', { values: ['SAMPLE', 'RESERVE', 'REPLACED'] as const });

const NamedFlagRef = builder.objectRef<{ name: string; value: boolean }>('CaseFlag').implement({
  fields: (t) => ({ name: t.exposeString('name'), value: t.exposeBoolean('value') }),
});
const NamedDateRef = builder.objectRef<{ name: string; date: string }>('CaseDate').implement({
  fields: (t) => ({ name: t.exposeString('name'), date: t.expose('date', { type: 'Date' }) }),
});

export const CaseFactsRef = builder.objectRef<CaseFacts>('CaseFacts').implement({
  description: 'The facts of a case file that decide which questions apply.',
  fields: (t) => ({
    reference: t.exposeString('reference'),
    orderType: t.exposeString('orderType'),
    riskOfHarm: t.expose('riskOfHarm', { type: RiskOfHarmEnum }),
    mappaCategory: t.exposeInt('mappaCategory', { nullable: true }),
    mappaLevel: t.exposeInt('mappaLevel', { nullable: true }),
    district: t.exposeString('district', { nullable: true }),
    sex: t.exposeString('sex', { nullable: true }),
    dates: t.field({
      type: [NamedDateRef],
      resolve: (f) => Object.entries(f.dates).map(([name, date]) => ({ name, date })),
    }),
    reviewDates: t.field({ type: ['Date'], resolve: (f) => f.reviewDates }),
    flags: t.field({
      type: [NamedFlagRef],
      resolve: (f) => Object.entries(f.flags).map(([name, value]) => ({ name, value })),
    }),
  }),
});

export const AnswerStatusEnum = builder.enumType('AnswerStatus', {
  values: {
    NOT_ASKED: {
      description: 'The question does not apply to this case by its facts; it is not asked and never counted.',
    },
    NOT_APPLICABLE: { description: 'Answered not applicable, with a reason: out of the denominator.' },
    UNANSWERED: {},
    MET: {},
    NOT_MET: {},
  } as const,
});

export const AnswerRef = builder.prismaNode('Answer', {
  id: { field: 'id' },
  // Whoever reaches an answer (through its case file, or by its id through `node`) must be able to read the file,
  // and must not be second-marking it blind (access/blind-marking.ts), even when the file itself was read.
  // Reached through the file, the file was checked a moment before; otherwise its access facts are loaded.
  authScopes: async (answer, ctx) => {
    if (await ctx.caseFileAccess.hidesAnswersOf(answer.caseFileId)) return false;
    if (ctx.caseFileAccess.isAllowed(answer.caseFileId)) return true;
    const file = await ctx.caseFileAccess.facts(answer.caseFileId);
    if (!file || !(await canReadCaseFile(ctx.prisma, ctx.viewer, file))) return false;
    ctx.caseFileAccess.allow(file.id);
    // An answer is part of its case file: reading it is reading the file.
    ctx.caseFileReads.note(file);
    return true;
  },
  fields: (t) => ({
    measureKey: t.exposeString('measureKey'),
    value: t.exposeString('value'),
    reason: t.exposeString('reason', { nullable: true }),
    comment: t.exposeString('comment', { nullable: true }),
    version: t.exposeInt('version', { description: 'Send this back as expectedVersion when changing the answer.' }),
    answeredBy: t.relation('answeredBy'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

interface QuestionShape {
  measureKey: string;
  criterion: string;
  text: string;
  answerSet: string;
  status: AnswerStatus;
  value: string | null;
  derivedHolds: boolean | null;
  derivation: string | null;
  prompts: readonly string[];
}

const QuestionRef = builder.objectRef<QuestionShape>('CaseFileQuestion').implement({
  description: "A framework question as it stands for one case file: asked or not by the file's facts, and its answer.",
  fields: (t) => ({
    measureKey: t.exposeString('measureKey'),
    criterion: t.exposeString('criterion'),
    text: t.exposeString('text'),
    answerSet: t.exposeString('answerSet'),
    status: t.expose('status', { type: AnswerStatusEnum }),
    value: t.exposeString('value', { nullable: true }),
    derivedHolds: t.exposeBoolean('derivedHolds', { nullable: true }),
    derivation: t.exposeString('derivation', { nullable: true, description: 'How the answer was derived from dates.' }),
    prompts: t.stringList({
      description: 'Prompts to weigh before answering (guidance only); empty where the framework gives none.',
      resolve: (q) => [...q.prompts],
    }),
  }),
});

export const CaseFileRef = builder.prismaNode('CaseFile', {
  id: { field: 'id' },
  authScopes: async (caseFile, ctx) => {
    const allowed = await canReadCaseFile(ctx.prisma, ctx.viewer, caseFile);
    // Every read of a case file, however it was reached (by id, in a list, as a node), goes to the audit log.
    if (allowed) {
      ctx.caseFileAccess.allow(caseFile.id);
      ctx.caseFileReads.note(caseFile);
    }
    return allowed;
  },
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
      type: [QuestionRef],
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

builder.mutationField('saveAnswer', (t) =>
  t.fieldWithInput({
    type: AnswerRef,
    description:
      'Saves one answer. Send the version you read; a stale version returns AnswerConflictError and changes nothing.',
    errors: { types: [AnswerConflictError, ClientMutationIdReusedError, ...COMMON_ERRORS] },
    input: {
      caseFileId: t.input.globalID({ required: true, for: [CaseFileRef] }),
      measureKey: t.input.string({ required: true }),
      value: t.input.string({ required: true }),
      reason: t.input.string(),
      comment: t.input.string(),
      expectedVersion: t.input.int({ description: 'The version you read; omit when you saw no answer.' }),
      clientMutationId: t.input.string({
        description:
          'Retries of this very save with the same id have one effect; the same id with any other save is a ClientMutationIdReusedError.',
      }),
      authorId: t.input.globalID({
        description:
          'Who gave this answer (their User id). An answer queued by one person and sent under another person’s session is an UnauthenticatedError and changes nothing.',
      }),
    },
    resolve: async (_root, { input: { authorId, ...input } }, ctx) => {
      if (authorId && (authorId.typename !== 'User' || authorId.id !== ctx.viewer?.id))
        throw new UnauthenticatedError('This answer was given by someone else: it is sent when they sign in.');
      // The service returns the answer with its case file's access facts: no second read of what it just wrote.
      const saved = await saveAnswer(ctx.prisma, ctx.frameworks, ctx.viewer, {
        ...input,
        caseFileId: input.caseFileId.id,
      });
      // Whoever may assess a file may read it; the save's own audit row records this person at this file, so the
      // answer it hands back is not another read.
      ctx.caseFileAccess.allow(saved.caseFileId);
      ctx.caseFileReads.coveredByChange(saved.caseFileId);
      return saved;
    },
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
