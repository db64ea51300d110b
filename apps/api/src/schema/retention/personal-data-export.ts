// A person's data exported on a subject access request.
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { requireViewer } from '../../access/viewer.ts';
import { exportPersonalData } from '../../services/personal-data.ts';
import { COMMON_ERRORS } from '../errors.ts';

const PersonalDataExportRef = builder
  .objectRef<Awaited<ReturnType<typeof exportPersonalData>>>('PersonalDataExport')
  .implement({
    description:
      'Everything the inspections still holding personal data hold about one person identifier (a subject access request).',
    fields: (t) => ({
      personIdentifier: t.exposeString('personIdentifier'),
      exportedAt: t.expose('exportedAt', { type: 'DateTime' }),
      caseFileCount: t.int({ resolve: (e) => e.document.caseFiles.length }),
      caseListRowCount: t.int({ resolve: (e) => e.document.caseListRows.length }),
      inspections: t.stringList({
        description: 'The titles of the inspections holding it.',
        resolve: (e) => [...new Set(e.document.caseFiles.map((f) => f.inspection.title))],
      }),
      document: t.field({
        type: 'JSON',
        description:
          'The export: every matching case file with its facts, answers and validations, and case list rows.',
        resolve: (e) => e.document,
      }),
    }),
  });

builder.mutationField('exportPersonalData', (t) =>
  t.fieldWithInput({
    type: PersonalDataExportRef,
    description:
      'Finds every case file naming a person identifier (its reference, officer, case list person, or a comment) in ' +
      'the inspections still holding personal data, and exports it; recorded in the audit log. Information managers only.',
    errors: { types: COMMON_ERRORS },
    input: {
      personIdentifier: t.input.string({
        required: true,
        validate: z
          .string()
          .trim()
          .min(3, 'A person identifier has at least 3 characters.')
          .max(200, 'A person identifier is at most 200 characters.'),
      }),
    },
    resolve: (_root, { input }, ctx) => {
      return exportPersonalData(ctx.prisma, requireViewer(ctx.viewer), input.personIdentifier.trim());
    },
  }),
);
