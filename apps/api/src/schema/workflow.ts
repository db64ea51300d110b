// Running an inspection: plan, team, case list and sample, assignment, submission, historic figures,
// the status workflow and publication. Each mutation takes one input and returns a payload or a typed error.
import {
  missingAnswers,
  progress,
  underivableQuestions,
  type CaseFacts,
  type UnderivableQuestion,
} from '@scrutiny/domain';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { canSeeInspection, runsInspection } from '../access/checks.ts';
import { visibleCaseFiles } from '../access/visibility.ts';
import type { Context } from '../context.ts';
import {
  ForbiddenError,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
  UnauthenticatedError,
} from '../errors.ts';
import { audit } from '../services/audit.ts';
import { ANSWERABLE } from '../services/answers.ts';
import { drawCaseSample, importCaseList, readCaseList, replaceCaseFile } from '../services/case-list.ts';
import { createInspection, mayManageTeam, teamRolesFor } from '../services/planning.ts';
import { publishInspection } from '../services/publication.ts';
import { leadsInspection, moveInspectionBack, moveInspectionOn, PREVIOUS_STAGE } from '../services/workflow.ts';
import { COMMON_ERRORS } from './errors.ts';
import { CaseFileRef, RiskOfHarmEnum } from './case-file.ts';
import { InspectionKindEnum, InspectionRef, InspectionStatusEnum } from './inspection.ts';
import { FigureKindEnum } from './scores.ts';
import { AreaRef } from './area.ts';
import { FrameworkRef } from './framework.ts';
import { UserRef } from './user.ts';
import { RecommendationRef } from './recommendation.ts';

export const InspectionRoleEnum = builder.enumType('InspectionRole', {
  values: ['LEAD_INSPECTOR', 'INSPECTOR', 'AREA_ASSESSOR', 'INFORMATION_MANAGER', 'ADMIN_OFFICER'] as const,
});

builder.prismaObject('Membership', {
  fields: (t) => ({ role: t.expose('role', { type: InspectionRoleEnum }), user: t.relation('user') }),
});

builder.prismaObjectField('Inspection', 'team', (t) =>
  t.relation('memberships', {
    description: 'The inspection team; seen by signed-in users only.',
    query: (_args, ctx) => ({ where: ctx.viewer ? {} : { id: { in: [] } }, orderBy: { role: 'asc' } }),
  }),
);

const ProgressRef = builder
  .objectRef<{ questions: number; answered: number; caseFiles: number; submitted: number }>('AssessmentProgress')
  .implement({
    description:
      'Assessed questions (answered, or judged not applicable) against questions asked; not a count of good answers.',
    fields: (t) => ({
      questions: t.exposeInt('questions'),
      answered: t.exposeInt('answered'),
      caseFiles: t.exposeInt('caseFiles'),
      submitted: t.exposeInt('submitted'),
    }),
  });

builder.objectField(InspectionRef, 'progress', (t) =>
  t.field({
    type: ProgressRef,
    nullable: true,
    description: 'Assessment progress: for the team only.',
    resolve: async (inspection, _args, ctx) => {
      if (!(await runsInspection(ctx.prisma, ctx.viewer, inspection.id)) && ctx.viewer?.role !== 'INFORMATION_MANAGER')
        return null;
      const framework = await ctx.frameworks.definition(inspection.frameworkId);
      const files = await ctx.prisma.caseFile.findMany({
        where: { inspectionId: inspection.id, sampleRole: 'SAMPLE' },
        select: { status: true, facts: true, answers: { select: { measureKey: true, value: true, reason: true } } },
      });
      const p = progress(
        framework,
        files.map((f) => ({
          facts: f.facts as unknown as CaseFacts,
          answers: f.answers.map((a) => ({ measure: a.measureKey, value: a.value, reason: a.reason })),
        })),
      );
      return {
        questions: p.questions,
        answered: p.answered,
        caseFiles: files.length,
        submitted: files.filter((f) => f.status === 'SUBMITTED' || f.status === 'VALIDATED').length,
      };
    },
  }),
);

async function inspectionForTeam(ctx: Context, inspectionId: string) {
  if (!ctx.viewer) throw new UnauthenticatedError();
  const inspection = await ctx.prisma.inspection.findUnique({ where: { id: inspectionId } });
  // An inspection the caller may not see is one that does not exist: refusing it otherwise would tell them it does.
  if (!inspection || !(await canSeeInspection(ctx.prisma, ctx.viewer, inspection)))
    throw new NotFoundError('The inspection');
  if (!(await runsInspection(ctx.prisma, ctx.viewer, inspectionId)))
    throw new ForbiddenError('Only an inspector of the team can do this.');
  return { inspection, viewer: ctx.viewer };
}

builder.mutationField('createInspection', (t) =>
  t.fieldWithInput({
    type: InspectionRef,
    errors: { types: COMMON_ERRORS },
    input: {
      areaId: t.input.globalID({ required: true, for: [AreaRef] }),
      frameworkId: t.input.globalID({ required: true, for: [FrameworkRef] }),
      kind: t.input.field({ type: InspectionKindEnum, required: true }),
      year: t.input.int({ required: true, validate: z.number().int().min(1990).max(2100) }),
      title: t.input.string({ required: true, validate: z.string().trim().min(3).max(200) }),
      quarter: t.input.int({
        required: false,
        description: 'The quarter of the year the programme plans it for (1 to 4).',
        validate: z.number().int().min(1, 'A quarter is 1 to 4.').max(4, 'A quarter is 1 to 4.'),
      }),
      fieldworkStart: t.input.field({ type: 'DateTime' }),
      fieldworkEnd: t.input.field({ type: 'DateTime' }),
      baselineId: t.input.globalID({ for: [InspectionRef] }),
      followedUpRecommendationIds: t.input.globalIDList({
        for: [RecommendationRef],
        description: "The baseline's recommendations this inspection follows up.",
        validate: z.array(z.unknown()).max(100),
      }),
      methodNote: t.input.string({ validate: z.string().max(2000) }),
    },
    resolve: (_root, { input }, ctx) =>
      createInspection(ctx.prisma, ctx.viewer, {
        ...input,
        areaId: input.areaId.id,
        frameworkId: input.frameworkId.id,
        baselineId: input.baselineId?.id ?? null,
        followedUpRecommendationIds: input.followedUpRecommendationIds?.map((id) => id.id) ?? null,
      }),
  }),
);

builder.mutationField('addTeamMember', (t) =>
  t.fieldWithInput({
    type: InspectionRef,
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      userId: t.input.globalID({ required: true, for: [UserRef] }),
      role: t.input.field({ type: InspectionRoleEnum, required: true }),
    },
    resolve: async (_root, { input }, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw new UnauthenticatedError();
      const inspectionId = input.inspectionId.id;
      if (!(await mayManageTeam(ctx.prisma, viewer, inspectionId)))
        throw new ForbiddenError('Only the team or an admin officer adds team members.');
      const [inspection, user] = await Promise.all([
        ctx.prisma.inspection.findUnique({ where: { id: inspectionId } }),
        ctx.prisma.user.findUnique({ where: { id: input.userId.id } }),
      ]);
      if (!inspection) throw new NotFoundError('The inspection');
      if (!user) throw new NotFoundError('The user');
      if (!teamRolesFor(user, inspection).includes(input.role))
        throw new InvalidInputError(
          input.role === 'AREA_ASSESSOR'
            ? 'An area assessor must be an assessor seconded from the inspected area.'
            : `${user.name} cannot join this team as ${input.role.toLowerCase().replaceAll('_', ' ')}.`,
          [{ path: 'role', message: 'Not a place this person may hold in the team.' }],
        );
      return ctx.prisma.$transaction(async (tx) => {
        await tx.membership.upsert({
          where: { inspectionId_userId: { inspectionId, userId: user.id } },
          create: { inspectionId, userId: user.id, role: input.role },
          update: { role: input.role },
        });
        await audit(tx, viewer, {
          action: 'team.add',
          entity: 'Inspection',
          entityId: inspectionId,
          inspectionId,
          after: { user: user.id, role: input.role },
        });
        return tx.inspection.findUniqueOrThrow({ where: { id: inspectionId } });
      });
    },
  }),
);

builder.mutationField('moveInspection', (t) =>
  t.fieldWithInput({
    type: InspectionRef,
    description:
      'Moves an inspection on along its workflow: fieldwork, validation, drafting, factual accuracy check, ' +
      'sign-off. Never back: moving back needs a reason, through moveInspectionBack (an InvalidInputError here).',
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      to: t.input.field({ type: InspectionStatusEnum, required: true }),
    },
    resolve: async (_root, { input }, ctx) => {
      const { inspection, viewer } = await inspectionForTeam(ctx, input.inspectionId.id);
      return moveInspectionOn(ctx.prisma, viewer, inspection, input.to);
    },
  }),
);

builder.mutationField('moveInspectionBack', (t) =>
  t.fieldWithInput({
    type: InspectionRef,
    description:
      'Moves an unpublished inspection back one stage (validation to fieldwork, say), with the reason, which the ' +
      'audit log keeps. Its lead inspector or a chief inspector only. Moving back from sign-off undoes the sign-off.',
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      reason: t.input.string({
        required: true,
        validate: z.string().trim().min(3, 'Say why the inspection moves back.').max(2000),
      }),
    },
    resolve: (_root, { input }, ctx) =>
      moveInspectionBack(ctx.prisma, ctx.viewer, input.inspectionId.id, input.reason.trim()),
  }),
);

builder.objectField(InspectionRef, 'previousStage', (t) =>
  t.field({
    type: InspectionStatusEnum,
    nullable: true,
    description:
      'The stage moveInspectionBack would return this inspection to, when the caller may move it back (its lead ' +
      'inspector or a chief inspector, before publication); null otherwise.',
    resolve: async (inspection, _args, ctx) => {
      const previous = PREVIOUS_STAGE[inspection.status];
      if (!previous || !(await leadsInspection(ctx.prisma, ctx.viewer, inspection.id))) return null;
      return previous;
    },
  }),
);

builder.mutationField('publishInspection', (t) =>
  t.fieldWithInput({
    type: InspectionRef,
    description: 'Publishes a signed-off inspection: its figures and text are frozen and become public.',
    errors: { types: COMMON_ERRORS },
    input: { inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }) },
    resolve: async (_root, { input }, ctx) => {
      if (!ctx.viewer) throw new UnauthenticatedError();
      if (ctx.viewer.role !== 'CHIEF_INSPECTOR') throw new ForbiddenError('Only a chief inspector publishes.');
      await publishInspection(ctx.prisma, ctx.frameworks, ctx.viewer, input.inspectionId.id);
      // Its public pages are made now; should that fail, they are made at their first request instead.
      await ctx.publicPages.afterPublication(input.inspectionId.id).catch((error: unknown) => {
        ctx.logger.error({ err: error, inspectionId: input.inspectionId.id }, 'public page not rendered');
      });
      return ctx.prisma.inspection.findUniqueOrThrow({ where: { id: input.inspectionId.id } });
    },
  }),
);

const CaseListProblemRef = builder
  .objectRef<{ row: number; column: string | null; message: string }>('CaseListProblem')
  .implement({
    fields: (t) => ({
      row: t.exposeInt('row'),
      column: t.exposeString('column', { nullable: true }),
      message: t.exposeString('message'),
    }),
  });
const UnderivableReasonRef = builder.objectRef<UnderivableQuestion['reasons'][number]>('UnderivableReason').implement({
  fields: (t) => ({ reason: t.exposeString('reason'), files: t.exposeInt('files') }),
});

const UnderivableQuestionRef = builder.objectRef<UnderivableQuestion>('UnderivableQuestion').implement({
  description:
    "A date-derived question that the list's dates cannot settle for some files: the assessor will be asked it instead.",
  fields: (t) => ({
    measureKey: t.exposeString('measureKey'),
    text: t.exposeString('text'),
    files: t.exposeInt('files', {
      description: 'Eligible files the question applies to whose dates cannot settle it.',
    }),
    applicable: t.exposeInt('applicable', { description: 'Eligible files the question applies to.' }),
    reasons: t.field({ type: [UnderivableReasonRef], resolve: (q) => q.reasons }),
  }),
});

const CaseListPreviewRef = builder
  .objectRef<{
    readable: number;
    highRisk: number;
    ineligible: number;
    problems: { row: number; column: string | null; message: string }[];
    underivable: UnderivableQuestion[];
  }>('CaseListPreview')
  .implement({
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

const CSV_INPUT = z
  .string()
  .min(1, 'The case list is empty.')
  .max(5 * 1024 * 1024, 'The case list is larger than 5 MB.');
// Base64 of a 5 MB workbook is a third longer; readCaseList applies each format's own limit.
const CONTENT_INPUT = z
  .string()
  .min(1, 'The case list is empty.')
  .max(7 * 1024 * 1024, 'The case list is larger than 5 MB.');

const CaseListFormatEnum = builder.enumType('CaseListFormat', {
  values: {
    CSV: { description: 'Comma-separated text, as the content itself.' },
    XLSX: { description: 'An Excel workbook (its first sheet), as base64 of the file.' },
  } as const,
});

/** The case list an input carries: `format` and `content`, or the older `csv` (text). */
function caseListFile(input: { csv?: string | null; format?: 'CSV' | 'XLSX' | null; content?: string | null }) {
  if (input.content != null && input.csv != null)
    throw new InvalidInputError('Send the case list once: as content, or as csv.', [
      { path: 'content', message: 'Give content or csv, not both.' },
    ]);
  if (input.content != null) return { format: input.format ?? 'CSV', content: input.content };
  if (input.csv != null && (input.format ?? 'CSV') === 'CSV') return { format: 'CSV' as const, content: input.csv };
  throw new InvalidInputError('Choose the case list file.', [
    { path: 'content', message: 'The case list is missing.' },
  ]);
}

builder.mutationField('previewCaseList', (t) =>
  t.fieldWithInput({
    type: CaseListPreviewRef,
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      format: t.input.field({ type: CaseListFormatEnum, defaultValue: 'CSV' }),
      content: t.input.string({
        description: 'The file: CSV text, or base64 of an XLSX workbook.',
        validate: CONTENT_INPUT,
      }),
      csv: t.input.string({ validate: CSV_INPUT, deprecationReason: 'Send format and content.' }),
    },
    resolve: async (_root, { input }, ctx) => {
      const { inspection } = await inspectionForTeamOrInformationManager(ctx, input.inspectionId.id);
      const parsed = await readCaseList(caseListFile(input));
      const framework = await ctx.frameworks.definition(inspection.frameworkId);
      const eligible = parsed.candidates.filter((c) => c.eligible).map((c) => c.facts);
      return {
        underivable: underivableQuestions(framework, eligible),
        readable: parsed.candidates.length,
        highRisk: parsed.candidates.filter((c) => c.facts.riskOfHarm === 'HIGH' || c.facts.riskOfHarm === 'VERY_HIGH')
          .length,
        ineligible: parsed.candidates.filter((c) => !c.eligible).length,
        problems: parsed.problems,
      };
    },
  }),
);

async function inspectionForTeamOrInformationManager(ctx: Context, inspectionId: string) {
  if (ctx.viewer?.role === 'INFORMATION_MANAGER') {
    const inspection = await ctx.prisma.inspection.findUnique({ where: { id: inspectionId } });
    if (!inspection) throw new NotFoundError('The inspection');
    return { inspection, viewer: ctx.viewer };
  }
  return inspectionForTeam(ctx, inspectionId);
}

const ImportResultRef = builder.objectRef<{ imported: number; skipped: number }>('CaseListImport').implement({
  fields: (t) => ({ imported: t.exposeInt('imported'), skipped: t.exposeInt('skipped') }),
});

builder.mutationField('importCaseList', (t) =>
  t.fieldWithInput({
    type: ImportResultRef,
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      format: t.input.field({ type: CaseListFormatEnum, defaultValue: 'CSV' }),
      content: t.input.string({
        description: 'The file: CSV text, or base64 of an XLSX workbook.',
        validate: CONTENT_INPUT,
      }),
      csv: t.input.string({ validate: CSV_INPUT, deprecationReason: 'Send format and content.' }),
      skipUnreadableRows: t.input.boolean({ defaultValue: false }),
    },
    resolve: async (_root, { input }, ctx) => {
      const { viewer } = await inspectionForTeamOrInformationManager(ctx, input.inspectionId.id);
      const file = caseListFile(input);
      return importCaseList(ctx.prisma, viewer, input.inspectionId.id, file, input.skipUnreadableRows ?? false);
    },
  }),
);

const StratumRef = builder
  .objectRef<{ key: string; population: number; drawn: number; reserve: number }>('SampleStratum')
  .implement({
    fields: (t) => ({
      key: t.exposeString('key'),
      population: t.exposeInt('population'),
      drawn: t.exposeInt('drawn'),
      reserve: t.exposeInt('reserve'),
    }),
  });
const ExclusionRef = builder.objectRef<{ reference: string; reason: string }>('SampleExclusion').implement({
  fields: (t) => ({ reference: t.exposeString('reference'), reason: t.exposeString('reason') }),
});
const SampleDrawRef = builder
  .objectRef<{
    sample: number;
    reserve: number;
    strata: { key: string; population: number; drawn: number; reserve: number }[];
    excluded: { reference: string; reason: string }[];
  }>('SampleDraw')
  .implement({
    fields: (t) => ({
      sample: t.exposeInt('sample'),
      reserve: t.exposeInt('reserve'),
      strata: t.field({ type: [StratumRef], resolve: (d) => d.strata }),
      excluded: t.field({ type: [ExclusionRef], resolve: (d) => d.excluded }),
    }),
  });

builder.mutationField('drawSample', (t) =>
  t.fieldWithInput({
    type: SampleDrawRef,
    description: 'Draws a reproducible stratified sample (and a reserve) from the imported case list.',
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      seed: t.input.string({ required: true, validate: z.string().min(1).max(100) }),
      size: t.input.int({ required: true, validate: z.number().int().min(1).max(1000) }),
      highRiskSize: t.input.int({ validate: z.number().int().min(0).max(1000) }),
      reserveShare: t.input.float({ validate: z.number().min(0).max(1) }),
      maxPerOfficer: t.input.int({ validate: z.number().int().min(1).max(100) }),
    },
    resolve: async (_root, { input }, ctx) => {
      const { viewer } = await inspectionForTeam(ctx, input.inspectionId.id);
      const draw = await drawCaseSample(ctx.prisma, viewer, input.inspectionId.id, input);
      return { sample: draw.sample.length, reserve: draw.reserve.length, strata: draw.strata, excluded: draw.excluded };
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
    resolve: async (_root, { input }, ctx) => {
      if (!ctx.viewer) throw new UnauthenticatedError();
      const ids = [...new Set(input.caseFileIds.map((g) => g.id))];
      // Only files the caller may read are looked for, so a refusal never tells whether a hidden file exists.
      const readable = visibleCaseFiles(ctx.viewer);
      const files = readable
        ? await ctx.prisma.caseFile.findMany({
            where: { AND: [{ id: { in: ids } }, readable] },
            select: { id: true, inspectionId: true },
          })
        : [];
      if (files.length !== ids.length) throw new NotFoundError('A case file');
      const inspectionIds = new Set(files.map((f) => f.inspectionId));
      if (inspectionIds.size !== 1) throw new InvalidInputError('Every case file must belong to one inspection.');
      const [inspectionId] = [...inspectionIds] as [string];
      const { viewer } = await inspectionForTeam(ctx, inspectionId);
      const member = await ctx.prisma.membership.findUnique({
        where: { inspectionId_userId: { inspectionId, userId: input.assessorId.id } },
      });
      if (!member || !['AREA_ASSESSOR', 'INSPECTOR', 'LEAD_INSPECTOR'].includes(member.role))
        throw new InvalidInputError('Assign files to an assessor or inspector of the team.', [
          { path: 'assessorId', message: 'Not on the team.' },
        ]);
      return ctx.prisma.$transaction(async (tx) => {
        await tx.caseFile.updateMany({
          where: { id: { in: ids } },
          data: { assessorId: input.assessorId.id, status: 'ASSIGNED' },
        });
        await audit(tx, viewer, {
          action: 'caseFile.assign',
          entity: 'Inspection',
          entityId: inspectionId,
          inspectionId,
          after: { caseFiles: ids, assessor: input.assessorId.id },
        });
        return tx.caseFile.findMany({ where: { id: { in: ids } }, orderBy: { reference: 'asc' } });
      });
    },
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
    resolve: async (_root, { input }, ctx) => {
      const file = await ctx.prisma.caseFile.findUnique({
        where: { id: input.caseFileId.id },
        select: { inspectionId: true },
      });
      if (!file) throw new NotFoundError('The case file');
      const { viewer } = await inspectionForTeam(ctx, file.inspectionId);
      return replaceCaseFile(ctx.prisma, viewer, input.caseFileId.id, input.reason);
    },
  }),
);

builder.mutationField('submitCaseFile', (t) =>
  t.fieldWithInput({
    type: CaseFileRef,
    description: 'Submits an assessed file; refused with the list of unanswered questions while any remain.',
    errors: { types: COMMON_ERRORS },
    input: { caseFileId: t.input.globalID({ required: true, for: [CaseFileRef] }) },
    resolve: async (_root, { input }, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw new UnauthenticatedError();
      const file = await ctx.prisma.caseFile.findUnique({
        where: { id: input.caseFileId.id },
        include: { answers: true, inspection: { select: { frameworkId: true, status: true } } },
      });
      if (!file || (file.assessorId !== viewer.id && !(await runsInspection(ctx.prisma, viewer, file.inspectionId))))
        throw new NotFoundError('The case file');
      // Once the inspection has left the assessing stages its files are settled, like its answers.
      if (!ANSWERABLE.has(file.inspection.status))
        throw new InvalidStateError(
          `Case files can no longer be submitted: the inspection is ${file.inspection.status.toLowerCase().replaceAll('_', ' ')}.`,
        );
      const framework = await ctx.frameworks.definition(file.inspection.frameworkId);
      const missing = missingAnswers(framework, {
        facts: file.facts as unknown as CaseFacts,
        answers: file.answers.map((a) => ({ measure: a.measureKey, value: a.value, reason: a.reason })),
      });
      if (missing.length > 0)
        throw new InvalidInputError(
          `${missing.length} question(s) still need an answer.`,
          missing.map((key) => ({ path: key, message: 'Not answered yet.' })),
        );
      return ctx.prisma.$transaction(async (tx) => {
        await audit(tx, viewer, {
          action: 'caseFile.submit',
          entity: 'CaseFile',
          entityId: file.id,
          inspectionId: file.inspectionId,
        });
        return tx.caseFile.update({ where: { id: file.id }, data: { status: 'SUBMITTED' } });
      });
    },
  }),
);

const RecordedResultRef = builder.prismaObject('RecordedResult', {
  fields: (t) => ({
    kind: t.expose('kind', { type: FigureKindEnum }),
    key: t.exposeString('key'),
    subsample: t.exposeString('subsample'),
    percentage: t.exposeFloat('percentage'),
    met: t.exposeInt('met', { nullable: true }),
    applicable: t.exposeInt('applicable', { nullable: true }),
    adjusted: t.exposeBoolean('adjusted'),
    source: t.exposeString('source', { nullable: true }),
  }),
});

builder.prismaObjectField('Inspection', 'recordedResults', (t) =>
  t.relation('recordedResults', {
    description: 'Historic figures recorded from a published report.',
    query: { orderBy: [{ kind: 'asc' }, { key: 'asc' }] },
  }),
);

builder.mutationField('recordResult', (t) =>
  t.fieldWithInput({
    type: RecordedResultRef,
    description:
      'Records a historic figure known only from a published report (counts only where the report gives them).',
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      kind: t.input.field({ type: FigureKindEnum, required: true }),
      key: t.input.string({ required: true, validate: z.string().min(1).max(120) }),
      subsample: t.input.string({ defaultValue: 'ALL', validate: z.string().min(1).max(60) }),
      percentage: t.input.float({ required: true, validate: z.number().min(0).max(100) }),
      met: t.input.int({ validate: z.number().int().min(0) }),
      applicable: t.input.int({ validate: z.number().int().min(1) }),
      adjusted: t.input.boolean({ defaultValue: false }),
      source: t.input.string({ validate: z.string().max(4000) }),
    },
    resolve: async (_root, { input }, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw new UnauthenticatedError();
      if (viewer.role !== 'INFORMATION_MANAGER' && !(await runsInspection(ctx.prisma, viewer, input.inspectionId.id)))
        throw new ForbiddenError('Only an information manager or the team records historic figures.');
      const inspection = await ctx.prisma.inspection.findUnique({ where: { id: input.inspectionId.id } });
      if (!inspection) throw new NotFoundError('The inspection');
      if (inspection.evidence !== 'RECORDED_FIGURES')
        throw new InvalidStateError('This inspection is scored from its case files; figures are not recorded for it.');
      if (inspection.status === 'PUBLISHED') throw new InvalidStateError('A published inspection cannot change.');
      if ((input.met == null) !== (input.applicable == null))
        throw new InvalidInputError('Give both counts or neither.');
      if (input.met != null && input.applicable != null) {
        if (input.met > input.applicable) throw new InvalidInputError('met cannot exceed applicable.');
        if (Math.round((input.met / input.applicable) * 100) !== Math.round(input.percentage))
          throw new InvalidInputError(`${input.met}/${input.applicable} is not ${input.percentage}%.`);
      }
      const framework = await ctx.frameworks.definition(inspection.frameworkId);
      const known =
        input.kind === 'CRITERION'
          ? framework.criteria.some((c) => c.code === input.key)
          : framework.measures.some((m) => m.key === input.key);
      if (!known)
        throw new InvalidInputError(`${input.key} is not a ${input.kind.toLowerCase()} of ${framework.title}.`);
      const subsample = input.subsample ?? 'ALL';
      if (subsample !== 'ALL' && !framework.subsamples.some((s) => s.key === subsample))
        throw new InvalidInputError(`Unknown subsample ${subsample}.`);
      const data = {
        percentage: input.percentage,
        met: input.met ?? null,
        applicable: input.applicable ?? null,
        source: input.source ?? null,
      };
      return ctx.prisma.$transaction(async (tx) => {
        const saved = await tx.recordedResult.upsert({
          where: {
            inspectionId_kind_key_subsample_adjusted: {
              inspectionId: inspection.id,
              kind: input.kind,
              key: input.key,
              subsample,
              adjusted: input.adjusted ?? false,
            },
          },
          create: {
            inspectionId: inspection.id,
            kind: input.kind,
            key: input.key,
            subsample,
            adjusted: input.adjusted ?? false,
            ...data,
          },
          update: data,
        });
        await audit(tx, viewer, {
          action: 'recordedResult.save',
          entity: 'RecordedResult',
          entityId: saved.id,
          inspectionId: inspection.id,
          after: data,
        });
        return saved;
      });
    },
  }),
);

export { RiskOfHarmEnum };
