// What inspectors write (DOMAIN.md § The work, steps 5 and 7): meetings, evidence, findings against each criterion,
// good practice examples and the report's sections. Whoever can see an inspection reads these; only its team writes.
import { z } from 'zod';
import { builder } from '../builder.ts';
import { isStaff, seesInspection } from '../access/inspection-roles.ts';
import {
  addEvidence,
  addFinding,
  addGoodPractice,
  addMeeting,
  removeFinding,
  removeGoodPractice,
  removeMeeting,
  setReportText,
  updateFinding,
  updateGoodPractice,
  updateMeeting,
} from '../services/narrative.ts';
import { COMMON_ERRORS } from './errors.ts';
import { InspectionRef } from './inspection/type.ts';

export const MeetingKindEnum = builder.enumType('MeetingKind', {
  values: ['BOARD', 'MANAGERS', 'PRACTITIONERS', 'PARTNERS', 'OFFENDERS', 'OTHER'] as const,
});
export const EvidenceKindEnum = builder.enumType('EvidenceKind', {
  values: ['DOCUMENT', 'MEETING_NOTE', 'DATA'] as const,
});
export const FindingKindEnum = builder.enumType('FindingKind', {
  values: ['STRENGTH', 'AREA_FOR_IMPROVEMENT', 'OBSERVATION'] as const,
});

/** A piece of writing that must say something, within a length a person can read. */
export function prose(what: string, max: number) {
  return z.string().trim().min(1, `${what} cannot be empty.`).max(max, `${what} can be at most ${max} characters.`);
}

/** Optional prose: blank clears it. */
export function optionalProse(what: string, max: number) {
  return z.string().trim().max(max, `${what} can be at most ${max} characters.`);
}

const CRITERION_CODE = z
  .string()
  .trim()
  .min(1, 'Name the criterion, e.g. B1.')
  .max(40, 'A criterion code is at most 40 characters.');
const REPORT_SECTION = z
  .string()
  .regex(/^[A-Z_]{2,40}$/, 'A report section is 2 to 40 capital letters or underscores, e.g. FOREWORD or NEXT_STEPS.');

// Each row is authorized against its inspection, so a row fetched alone (node(id:)) is as protected as in a list.
const byInspection = { select: { id: true, inspectionId: true } } as const;

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

export const FindingRef = builder.prismaNode('Finding', {
  id: { field: 'id' },
  ...byInspection,
  description: 'A finding written against one criterion: a strength, an area for improvement or an observation.',
  authScopes: (finding, ctx) => seesInspection(ctx, finding.inspectionId),
  fields: (t) => ({
    criterionCode: t.exposeString('criterionCode'),
    kind: t.expose('kind', { type: FindingKindEnum }),
    text: t.exposeString('text'),
    position: t.exposeInt('position', { description: "Order among the criterion's findings, from 1." }),
    evidence: t.relation('evidence', {
      description: 'The evidence the finding cites, in the order it was recorded.',
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    }),
    inspection: t.relation('inspection'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const GoodPracticeRef = builder.prismaNode('GoodPractice', {
  id: { field: 'id' },
  ...byInspection,
  description: 'A good practice example the report gives under one criterion.',
  authScopes: (practice, ctx) => seesInspection(ctx, practice.inspectionId),
  fields: (t) => ({
    criterionCode: t.exposeString('criterionCode'),
    title: t.exposeString('title', { nullable: true }),
    text: t.exposeString('text'),
    position: t.exposeInt('position', { description: "Order among the criterion's examples, from 1." }),
    inspection: t.relation('inspection'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const ReportTextRef = builder.prismaNode('ReportText', {
  id: { field: 'id' },
  ...byInspection,
  description: 'One section of the report in words: FOREWORD, ACKNOWLEDGEMENTS, REASONS, SUMMARY, NEXT_STEPS, ...',
  authScopes: (text, ctx) => seesInspection(ctx, text.inspectionId),
  fields: (t) => ({
    section: t.exposeString('section'),
    text: t.exposeString('text'),
    signedBy: t.exposeString('signedBy', { nullable: true }),
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

builder.mutationField('addFinding', (t) =>
  t.fieldWithInput({
    type: FindingRef,
    description: "Adds a finding at the end of its criterion's findings.",
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      criterionCode: t.input.string({ required: true, validate: CRITERION_CODE }),
      kind: t.input.field({ type: FindingKindEnum, required: true }),
      text: t.input.string({ required: true, validate: prose('The finding', 20_000) }),
      evidenceIds: t.input.globalIDList({
        for: [EvidenceRef],
        description: 'Evidence of this inspection the finding cites.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      addFinding(ctx, {
        ...input,
        inspectionId: input.inspectionId.id,
        evidenceIds: input.evidenceIds?.map((id) => id.id) ?? null,
      }),
  }),
);

builder.mutationField('updateFinding', (t) =>
  t.fieldWithInput({
    type: FindingRef,
    description: "Changes a finding; moved to another criterion, it goes to the end of that criterion's findings.",
    errors: { types: COMMON_ERRORS },
    input: {
      findingId: t.input.globalID({ required: true, for: [FindingRef] }),
      criterionCode: t.input.string({ validate: CRITERION_CODE }),
      kind: t.input.field({ type: FindingKindEnum }),
      text: t.input.string({ validate: prose('The finding', 20_000) }),
      evidenceIds: t.input.globalIDList({
        for: [EvidenceRef],
        description: 'Replaces the evidence the finding cites; left out, it keeps what it cites.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      updateFinding(ctx, {
        ...input,
        findingId: input.findingId.id,
        evidenceIds: input.evidenceIds?.map((id) => id.id) ?? null,
      }),
  }),
);

builder.mutationField('removeFinding', (t) =>
  t.fieldWithInput({
    type: InspectionRef,
    description: 'Removes a finding. Returns the inspection.',
    errors: { types: COMMON_ERRORS },
    input: { findingId: t.input.globalID({ required: true, for: [FindingRef] }) },
    resolve: async (_root, { input }, ctx) => {
      const inspectionId = await removeFinding(ctx, input.findingId.id);
      return ctx.prisma.inspection.findUniqueOrThrow({ where: { id: inspectionId } });
    },
  }),
);

builder.mutationField('addGoodPractice', (t) =>
  t.fieldWithInput({
    type: GoodPracticeRef,
    description: "Adds a good practice example at the end of its criterion's examples.",
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      criterionCode: t.input.string({ required: true, validate: CRITERION_CODE }),
      title: t.input.string({ validate: optionalProse('The title', 300) }),
      text: t.input.string({ required: true, validate: prose('The example', 20_000) }),
    },
    resolve: (_root, { input }, ctx) => addGoodPractice(ctx, { ...input, inspectionId: input.inspectionId.id }),
  }),
);

builder.mutationField('updateGoodPractice', (t) =>
  t.fieldWithInput({
    type: GoodPracticeRef,
    description: 'Changes a good practice example; fields left out keep their value, and a blank title is cleared.',
    errors: { types: COMMON_ERRORS },
    input: {
      goodPracticeId: t.input.globalID({ required: true, for: [GoodPracticeRef] }),
      criterionCode: t.input.string({ validate: CRITERION_CODE }),
      title: t.input.string({ validate: optionalProse('The title', 300) }),
      text: t.input.string({ validate: prose('The example', 20_000) }),
    },
    resolve: (_root, { input }, ctx) => updateGoodPractice(ctx, { ...input, goodPracticeId: input.goodPracticeId.id }),
  }),
);

builder.mutationField('removeGoodPractice', (t) =>
  t.fieldWithInput({
    type: InspectionRef,
    description: 'Removes a good practice example. Returns the inspection.',
    errors: { types: COMMON_ERRORS },
    input: { goodPracticeId: t.input.globalID({ required: true, for: [GoodPracticeRef] }) },
    resolve: async (_root, { input }, ctx) => {
      const inspectionId = await removeGoodPractice(ctx, input.goodPracticeId.id);
      return ctx.prisma.inspection.findUniqueOrThrow({ where: { id: inspectionId } });
    },
  }),
);

builder.mutationField('setReportText', (t) =>
  t.fieldWithInput({
    type: ReportTextRef,
    description: 'Writes one section of the report, replacing what it said.',
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      section: t.input.string({ required: true, validate: REPORT_SECTION }),
      text: t.input.string({ required: true, validate: prose('The text', 100_000) }),
      signedBy: t.input.string({ validate: optionalProse('Who signs it', 300) }),
    },
    resolve: (_root, { input }, ctx) => setReportText(ctx, { ...input, inspectionId: input.inspectionId.id }),
  }),
);
