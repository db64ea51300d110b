// Validation (second marking) and inter-rater agreement: a case file's blind second marking, the comparison
// with the assessor's answers once marked, resolution of disagreements, and the inspection's agreement figures.
import { type Agreement, type SecondMarkingPlan } from '@scrutiny/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Validation } from '@scrutiny/db';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { mayReadValidation } from '../access/second-marking.ts';
import {
  compareSecondMarking,
  recordValidation,
  setSecondMarkingPlan,
  resolveValidation,
} from '../services/validation.ts';
import { COMMON_ERRORS } from './errors.ts';
import { AnswerStatusEnum, CaseFileRef } from './case-file/type.ts';
import { InspectionRef } from './inspection/type.ts';

const KappaUndefinedEnum = builder.enumType('KappaUndefined', {
  values: {
    NO_PAIRS: { description: 'No second-marked answer has been compared yet.' },
    NO_VARIATION: {
      description:
        'Both raters gave one and the same answer throughout: agreement is complete, but kappa is 0/0 and says nothing.',
    },
  } as const,
});

const AgreementRef = builder.objectRef<Agreement & { key: string; label: string }>('Agreement').implement({
  description: "Agreement between assessors and validating inspectors: percentage agreement and Cohen's kappa.",
  fields: (t) => ({
    key: t.exposeString('key', { description: 'ALL, a measure key, or an assessor’s user id.' }),
    label: t.exposeString('label', { description: 'The question’s text or the assessor’s name.' }),
    pairs: t.exposeInt('pairs', { description: 'Paired answers (assessor and inspector) compared.' }),
    agreed: t.exposeInt('agreed'),
    percentage: t.exposeFloat('percentage', { nullable: true }),
    chancePercentage: t.exposeFloat('chancePercentage', {
      nullable: true,
      description: 'The agreement expected by chance from each rater’s spread of answers.',
    }),
    kappa: t.exposeFloat('kappa', { nullable: true, description: 'Null when undefined: see kappaUndefined.' }),
    kappaUndefined: t.expose('kappaUndefined', { type: KappaUndefinedEnum, nullable: true }),
    fewPairs: t.exposeBoolean('fewPairs', { description: 'Fewer than 5 paired answers: read with care.' }),
  }),
});

export const SecondMarkingPlanRef = builder.objectRef<SecondMarkingPlan>('SecondMarkingPlan').implement({
  description:
    'What the lead inspector chose to second-mark: all submitted files or a list, all applicable questions or a list.',
  fields: (t) => ({
    allCaseFiles: t.boolean({ resolve: (p) => p.caseFiles === null }),
    caseFileIds: t.idList({
      nullable: true,
      description: 'The chosen case files; null when all are second-marked.',
      resolve: (p) => p.caseFiles?.map((id) => encodeGlobalID('CaseFile', id)) ?? null,
    }),
    allQuestions: t.boolean({ resolve: (p) => p.questions === null }),
    measureKeys: t.stringList({
      nullable: true,
      description: 'The chosen questions; null when every applicable question is second-marked.',
      resolve: (p) => (p.questions ? [...p.questions] : null),
    }),
  }),
});

builder.mutationField('setSecondMarkingPlan', (t) =>
  t.fieldWithInput({
    type: SecondMarkingPlanRef,
    description:
      'The lead inspector chooses which case files and which questions are second-marked (omit a list for all); agreement is given over what is marked.',
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      caseFileIds: t.input.globalIDList({ for: [CaseFileRef], description: 'Omit for every submitted file.' }),
      measureKeys: t.input.stringList({
        validate: z.array(z.string().min(1).max(200)).max(1000),
        description: 'Omit for every applicable question.',
      }),
    },
    resolve: async (_root, { input }, ctx) =>
      setSecondMarkingPlan(ctx.prisma, ctx.frameworks, ctx.viewer, input.inspectionId.id, {
        caseFiles: input.caseFileIds ? input.caseFileIds.map((g) => g.id) : null,
        questions: input.measureKeys ?? null,
      }),
  }),
);

interface AgreementReportShape {
  plan: SecondMarkingPlan;
  overall: Agreement;
  byMeasure: (Agreement & { key: string; label: string })[];
  byAssessor: (Agreement & { key: string; label: string })[];
  caseFiles: number;
  disagreements: number;
  unresolved: number;
}

export const AgreementReportRef = builder.objectRef<AgreementReportShape>('AgreementReport').implement({
  description: 'Over compared second markings only: a marking that is still blind has no pairs yet.',
  fields: (t) => ({
    overall: t.field({
      type: AgreementRef,
      resolve: (r) => ({ key: 'ALL', label: 'All second-marked answers', ...r.overall }),
    }),
    byMeasure: t.field({ type: [AgreementRef], resolve: (r) => r.byMeasure, description: 'In framework order.' }),
    byAssessor: t.field({ type: [AgreementRef], resolve: (r) => r.byAssessor }),
    caseFiles: t.exposeInt('caseFiles', { description: 'Case files second-marked and compared.' }),
    plan: t.field({
      type: SecondMarkingPlanRef,
      description: 'The figures are over the pairs this plan second-marks only.',
      resolve: (r) => r.plan,
    }),
    disagreements: t.exposeInt('disagreements'),
    unresolved: t.exposeInt('unresolved', { description: 'Disagreements not resolved yet.' }),
  }),
});

const ValidationRef = builder.prismaNode('Validation', {
  id: { field: 'id' },
  description: "An inspector's second marking of one question; the assessor's side shows only once compared.",
  authScopes: async (validation, ctx) => mayReadValidation(ctx, validation.caseFileId),
  fields: (t) => ({
    measureKey: t.exposeString('measureKey'),
    value: t.exposeString('value', { description: "The inspector's answer." }),
    reason: t.exposeString('reason', { nullable: true }),
    comment: t.exposeString('comment', { nullable: true }),
    inspector: t.relation('inspector'),
    compared: t.boolean({ resolve: (v) => v.comparedAt !== null }),
    comparedAt: t.expose('comparedAt', { type: 'DateTime', nullable: true }),
    assessorValue: t.string({
      nullable: true,
      description: "The assessor's answer when the marking was compared; null before, so the marking stays blind.",
      resolve: (v) => (v.comparedAt ? v.assessorValue : null),
    }),
    assessorReason: t.string({ nullable: true, resolve: (v) => (v.comparedAt ? v.assessorReason : null) }),
    agrees: t.boolean({
      nullable: true,
      description: 'Whether both gave the same answer; null until compared.',
      resolve: (v) => (v.comparedAt ? v.assessorValue === v.value : null),
    }),
    resolvedValue: t.exposeString('resolvedValue', { nullable: true }),
    resolutionNote: t.exposeString('resolutionNote', { nullable: true }),
    resolvedBy: t.relation('resolvedBy', { nullable: true }),
    resolvedAt: t.expose('resolvedAt', { type: 'DateTime', nullable: true }),
  }),
});

const SecondMarkingStateEnum = builder.enumType('SecondMarkingState', {
  values: {
    NOT_CHOSEN: { description: 'Not among the case files the lead inspector chose for second marking.' },
    NOT_READY: { description: 'The assessor has not submitted the file yet.' },
    NOT_STARTED: {},
    IN_PROGRESS: { description: 'Being marked blind.' },
    TO_RESOLVE: { description: 'Compared; some disagreements are not resolved yet.' },
    DONE: { description: 'Compared, and every disagreement resolved.' },
  } as const,
});

interface SecondMarkingQuestionShape {
  measureKey: string;
  criterion: string;
  text: string;
  answerSet: string;
  status: 'NOT_ASKED' | 'NOT_APPLICABLE' | 'UNANSWERED' | 'MET' | 'NOT_MET';
  toMark: boolean;
  derivation: string | null;
  derivedHolds: boolean | null;
  validation: Validation | null;
}

const SecondMarkingQuestionRef = builder.objectRef<SecondMarkingQuestionShape>('SecondMarkingQuestion').implement({
  description:
    "A question as the validating inspector sees it: asked or not by the case's facts, settled or not by its dates, and never the assessor's answer.",
  fields: (t) => ({
    measureKey: t.exposeString('measureKey'),
    criterion: t.exposeString('criterion'),
    text: t.exposeString('text'),
    answerSet: t.exposeString('answerSet'),
    status: t.expose('status', {
      type: AnswerStatusEnum,
      description: 'From the facts and dates alone: NOT_ASKED, MET or NOT_MET by the dates, else UNANSWERED.',
    }),
    toMark: t.exposeBoolean('toMark', {
      description:
        'Asked, not settled by the dates, and chosen by the second-marking plan (file and question): the inspector marks it.',
    }),
    derivation: t.exposeString('derivation', { nullable: true }),
    derivedHolds: t.exposeBoolean('derivedHolds', { nullable: true }),
    validation: t.field({ type: ValidationRef, nullable: true, resolve: (q) => q.validation }),
  }),
});

export interface SecondMarkingShape {
  state: string;
  questions: number;
  marked: number;
  compared: boolean;
  disagreements: number;
  unresolved: number;
  markedBy: string | null;
  items: SecondMarkingQuestionShape[];
}

export const SecondMarkingRef = builder.objectRef<SecondMarkingShape>('SecondMarking').implement({
  description: "A case file's validation: blind marking, then comparison with the assessor's answers.",
  fields: (t) => ({
    state: t.field({ type: SecondMarkingStateEnum, resolve: (m) => m.state as 'NOT_STARTED' }),
    questionCount: t.exposeInt('questions', { description: 'Questions to mark.' }),
    markedCount: t.exposeInt('marked'),
    compared: t.exposeBoolean('compared'),
    disagreementCount: t.exposeInt('disagreements'),
    unresolvedCount: t.exposeInt('unresolved'),
    markedBy: t.exposeString('markedBy', { nullable: true, description: 'The inspector second-marking the file.' }),
    questions: t.field({ type: [SecondMarkingQuestionRef], resolve: (m) => m.items }),
  }),
});

builder.mutationField('recordValidation', (t) =>
  t.fieldWithInput({
    type: ValidationRef,
    description:
      "An inspector's blind second marking of one question of a submitted case file; it can change until the inspector compares.",
    errors: { types: COMMON_ERRORS },
    input: {
      caseFileId: t.input.globalID({ required: true, for: [CaseFileRef] }),
      measureKey: t.input.string({ required: true, validate: z.string().min(1).max(200) }),
      value: t.input.string({ required: true, validate: z.string().min(1).max(100) }),
      reason: t.input.string({ validate: z.string().max(2000) }),
      comment: t.input.string({ validate: z.string().max(4000) }),
    },
    resolve: async (_root, { input }, ctx) => {
      const saved = await recordValidation(ctx.prisma, ctx.frameworks, ctx.viewer, {
        ...input,
        caseFileId: input.caseFileId.id,
      });
      return ctx.prisma.validation.findUniqueOrThrow({ where: { id: saved.id } });
    },
  }),
);

builder.mutationField('compareSecondMarking', (t) =>
  t.fieldWithInput({
    type: CaseFileRef,
    description:
      "Ends the blind second marking of a case file (every question marked) and shows the assessor's answers beside it; the marking is fixed from then.",
    errors: { types: COMMON_ERRORS },
    input: { caseFileId: t.input.globalID({ required: true, for: [CaseFileRef] }) },
    resolve: async (_root, { input }, ctx) => {
      await compareSecondMarking(ctx.prisma, ctx.frameworks, ctx.viewer, input.caseFileId.id);
      return ctx.prisma.caseFile.findUniqueOrThrow({ where: { id: input.caseFileId.id } });
    },
  }),
);

builder.mutationField('resolveValidation', (t) =>
  t.fieldWithInput({
    type: ValidationRef,
    description:
      "Settles a compared question: the resolved value (the assessor's, the inspector's or another) becomes the answer, with a note; the validation keeps both raters' answers, so the agreement figures do not move.",
    errors: { types: COMMON_ERRORS },
    input: {
      validationId: t.input.globalID({ required: true, for: [ValidationRef] }),
      value: t.input.string({ required: true, validate: z.string().min(1).max(100) }),
      reason: t.input.string({ validate: z.string().max(2000) }),
      note: t.input.string({ required: true, validate: z.string().max(4000) }),
    },
    resolve: async (_root, { input }, ctx) => {
      const resolved = await resolveValidation(ctx.prisma, ctx.frameworks, ctx.viewer, {
        ...input,
        validationId: input.validationId.id,
      });
      return ctx.prisma.validation.findUniqueOrThrow({ where: { id: resolved.id } });
    },
  }),
);
