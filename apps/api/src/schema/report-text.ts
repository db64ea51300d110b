// The text of one section of an inspection's report, and setting it.
import { z } from 'zod';
import { builder } from '../builder.ts';
import { seesInspection } from '../access/inspection-roles.ts';
import { setReportText } from '../services/narrative.ts';
import { COMMON_ERRORS } from './errors.ts';
import { InspectionRef } from './inspection/type.ts';
import { prose, optionalProse, byInspection } from './narrative.ts';

const REPORT_SECTION = z
  .string()
  .regex(/^[A-Z_]{2,40}$/, 'A report section is 2 to 40 capital letters or underscores, e.g. FOREWORD or NEXT_STEPS.');

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
