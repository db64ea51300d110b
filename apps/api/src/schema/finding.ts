// A finding against a criterion, and adding, changing and removing one.
import { builder } from '../builder.ts';
import { seesInspection } from '../access/inspection-roles.ts';
import { addFinding, removeFinding, updateFinding } from '../services/narrative.ts';
import { COMMON_ERRORS } from './errors.ts';
import { InspectionRef } from './inspection/type.ts';
import { prose, CRITERION_CODE, byInspection } from './narrative.ts';
import { EvidenceRef } from './evidence.ts';

export const FindingKindEnum = builder.enumType('FindingKind', {
  values: ['STRENGTH', 'AREA_FOR_IMPROVEMENT', 'OBSERVATION'] as const,
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
