// The Inspection's workflow, beside its type (inspection.ts): its team, assessment progress, the stage it may move
// back to and its historic figures; creating it, moving it along its stages and back, and publishing it. The
// services decide and change (services/planning.ts, workflow.ts, publication.ts); these fields translate.
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { assessmentProgress } from '../../services/assessment-progress.ts';
import { createInspection, setOffenderInterviews } from '../../services/planning.ts';
import { publishAsChiefInspector } from '../../services/publication.ts';
import { moveInspection, moveInspectionBack, previousStageFor } from '../../services/workflow.ts';
import { AreaRef } from '../area/type.ts';
import { AssessmentProgressRef } from '../assessment-progress.ts';
import { COMMON_ERRORS } from '../errors.ts';
import { FrameworkRef } from '../framework/type.ts';
import { InspectionKindEnum, InspectionRef, InspectionStatusEnum } from './type.ts';
import '../membership.ts';
import '../recorded-result.ts';
import { RecommendationRef } from '../recommendation.ts';

builder.prismaObjectField('Inspection', 'team', (t) =>
  t.relation('memberships', {
    description: 'The inspection team; seen by signed-in users only.',
    query: (_args, ctx) => ({ where: ctx.viewer ? {} : { id: { in: [] } }, orderBy: { role: 'asc' } }),
  }),
);

builder.objectField(InspectionRef, 'progress', (t) =>
  t.field({
    type: AssessmentProgressRef,
    nullable: true,
    description: 'Assessment progress: for the team only.',
    resolve: (inspection, _args, ctx) => assessmentProgress(ctx, inspection),
  }),
);

builder.objectField(InspectionRef, 'previousStage', (t) =>
  t.field({
    type: InspectionStatusEnum,
    nullable: true,
    description:
      'The stage moveInspectionBack would return this inspection to, when the caller may move it back (its lead ' +
      'inspector or a chief inspector, before publication); null otherwise.',
    resolve: (inspection, _args, ctx) => previousStageFor(ctx.prisma, ctx.viewer, inspection),
  }),
);

builder.prismaObjectField('Inspection', 'recordedResults', (t) =>
  t.relation('recordedResults', {
    description: 'Historic figures recorded from a published report.',
    query: { orderBy: [{ kind: 'asc' }, { key: 'asc' }] },
  }),
);

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
      offenderInterviews: t.input.boolean({
        description:
          'Whether offenders (and significant other workers) are interviewed; yes when omitted. Part of what its scores are compared with.',
      }),
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

builder.mutationField('setOffenderInterviews', (t) =>
  t.fieldWithInput({
    type: InspectionRef,
    description:
      'Records whether offenders were interviewed (part of what its scores compare with): by the team, until publication.',
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      held: t.input.boolean({ required: true, description: 'True when offenders were (or will be) interviewed.' }),
    },
    resolve: (_root, { input }, ctx) =>
      setOffenderInterviews(ctx.prisma, ctx.viewer, input.inspectionId.id, input.held),
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
    resolve: (_root, { input }, ctx) => moveInspection(ctx.prisma, ctx.viewer, input.inspectionId.id, input.to),
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

builder.mutationField('publishInspection', (t) =>
  t.fieldWithInput({
    type: InspectionRef,
    description: 'Publishes a signed-off inspection: its figures and text are frozen and become public.',
    errors: { types: COMMON_ERRORS },
    input: { inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }) },
    resolve: (_root, { input }, ctx) => publishAsChiefInspector(ctx, input.inspectionId.id),
  }),
);
