// Evidence the inspectors gathered, and adding it.
import { builder } from '../builder.ts';
import { isStaff, seesInspection } from '../access/inspection-roles.ts';
import { addEvidence } from '../services/narrative.ts';
import { COMMON_ERRORS } from './errors.ts';
import { InspectionRef } from './inspection/type.ts';
import { prose, optionalProse, byInspection } from './narrative.ts';
import { MeetingRef } from './meeting.ts';

export const EvidenceKindEnum = builder.enumType('EvidenceKind', {
  values: ['DOCUMENT', 'MEETING_NOTE', 'DATA'] as const,
});

export const EvidenceRef = builder.prismaNode('Evidence', {
  id: { field: 'id' },
  ...byInspection,
  description: 'A document, note or data set the inspectors examined.',
  authScopes: (evidence, ctx) => seesInspection(ctx, evidence.inspectionId),
  fields: (t) => ({
    kind: t.expose('kind', { type: EvidenceKindEnum }),
    title: t.exposeString('title'),
    description: t.string({
      nullable: true,
      description: 'What the evidence shows: for staff of the inspectorate only; null for anyone else.',
      select: { description: true },
      resolve: (evidence, _args, ctx) => (isStaff(ctx.viewer) ? evidence.description : null),
    }),
    meeting: t.relation('meeting', { nullable: true }),
    inspection: t.relation('inspection'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.mutationField('addEvidence', (t) =>
  t.fieldWithInput({
    type: EvidenceRef,
    description: 'Records a document, note or data set examined, optionally at one of the inspection\u2019s meetings.',
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      kind: t.input.field({ type: EvidenceKindEnum, required: true }),
      title: t.input.string({ required: true, validate: prose('The title', 300) }),
      description: t.input.string({ validate: optionalProse('The description', 20_000) }),
      meetingId: t.input.globalID({ for: [MeetingRef] }),
    },
    resolve: (_root, { input }, ctx) =>
      addEvidence(ctx, { ...input, inspectionId: input.inspectionId.id, meetingId: input.meetingId?.id ?? null }),
  }),
);
