// Importing an area's case list into an inspection (services/case-list-for-team.ts decides and writes).
import { builder } from '../../builder.ts';
import { importCaseListForTeam } from '../../services/case-list-for-team.ts';
import { COMMON_ERRORS } from '../errors.ts';
import { caseListFile, caseListFileInput } from './case-list-file.ts';

const ImportResultRef = builder.objectRef<{ imported: number; skipped: number }>('CaseListImport').implement({
  fields: (t) => ({ imported: t.exposeInt('imported'), skipped: t.exposeInt('skipped') }),
});

builder.mutationField('importCaseList', (t) =>
  t.fieldWithInput({
    type: ImportResultRef,
    errors: { types: COMMON_ERRORS },
    input: {
      ...caseListFileInput(t.input),
      skipUnreadableRows: t.input.boolean({ defaultValue: false }),
    },
    resolve: (_root, { input }, ctx) =>
      importCaseListForTeam(
        ctx.prisma,
        ctx.viewer,
        input.inspectionId.id,
        () => caseListFile(input),
        input.skipUnreadableRows ?? false,
      ),
  }),
);
