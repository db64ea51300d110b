// A meeting the inspectors held, and adding, changing and removing one.
import { builder } from '../builder.ts';
import { isStaff, seesInspection } from '../access/inspection-roles.ts';
import { addMeeting, removeMeeting, updateMeeting } from '../services/narrative.ts';
import { COMMON_ERRORS } from './errors.ts';
import { InspectionRef } from './inspection/type.ts';
import { prose, optionalProse, byInspection } from './narrative.ts';

export const MeetingKindEnum = builder.enumType('MeetingKind', {
  values: ['BOARD', 'MANAGERS', 'PRACTITIONERS', 'PARTNERS', 'OFFENDERS', 'OTHER'] as const,
});

export const MeetingRef = builder.prismaNode('Meeting', {
  id: { field: 'id' },
  ...byInspection,
  description: 'A meeting the inspectors held (board, managers, practitioners, partners, offenders).',
  authScopes: (meeting, ctx) => seesInspection(ctx, meeting.inspectionId),
  fields: (t) => ({
    heldOn: t.expose('heldOn', { type: 'DateTime' }),
    attendees: t.exposeString('attendees', { description: 'Who attended, in words.' }),
    kind: t.expose('kind', { type: MeetingKindEnum }),
    notes: t.string({
      nullable: true,
      description: "The inspectors' notes: for staff of the inspectorate only; null for anyone else.",
      select: { notes: true },
      resolve: (meeting, _args, ctx) => (isStaff(ctx.viewer) ? meeting.notes : null),
    }),
    evidence: t.relation('evidence', { query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } }),
    inspection: t.relation('inspection'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

// ── On the inspection ─────────────────────────────────────────────────────────

// ── Changes ───────────────────────────────────────────────────────────────────

builder.mutationField('addMeeting', (t) =>
  t.fieldWithInput({
    type: MeetingRef,
    description: 'Records a meeting. Inspectors of the team, a chief inspector or an admin officer (without notes).',
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      heldOn: t.input.field({ type: 'DateTime', required: true }),
      attendees: t.input.string({ required: true, validate: prose('Who attended', 500) }),
      kind: t.input.field({ type: MeetingKindEnum, required: true }),
      notes: t.input.string({ validate: optionalProse('Notes', 20_000) }),
    },
    resolve: (_root, { input }, ctx) => addMeeting(ctx, { ...input, inspectionId: input.inspectionId.id }),
  }),
);

builder.mutationField('updateMeeting', (t) =>
  t.fieldWithInput({
    type: MeetingRef,
    description: 'Changes a meeting; fields left out keep their value, and blank notes are cleared.',
    errors: { types: COMMON_ERRORS },
    input: {
      meetingId: t.input.globalID({ required: true, for: [MeetingRef] }),
      heldOn: t.input.field({ type: 'DateTime' }),
      attendees: t.input.string({ validate: prose('Who attended', 500) }),
      kind: t.input.field({ type: MeetingKindEnum }),
      notes: t.input.string({ validate: optionalProse('Notes', 20_000) }),
    },
    resolve: (_root, { input }, ctx) => updateMeeting(ctx, { ...input, meetingId: input.meetingId.id }),
  }),
);

builder.mutationField('removeMeeting', (t) =>
  t.fieldWithInput({
    type: InspectionRef,
    description: 'Removes a meeting; evidence recorded at it is kept. Returns the inspection.',
    errors: { types: COMMON_ERRORS },
    input: { meetingId: t.input.globalID({ required: true, for: [MeetingRef] }) },
    resolve: async (_root, { input }, ctx) => {
      const inspectionId = await removeMeeting(ctx, input.meetingId.id);
      return ctx.prisma.inspection.findUniqueOrThrow({ where: { id: inspectionId } });
    },
  }),
);
