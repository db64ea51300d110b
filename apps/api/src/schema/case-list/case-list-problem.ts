// A row of a case list that cannot be read, and why.
import { builder } from '../../builder.ts';

export const CaseListProblemRef = builder
  .objectRef<{ row: number; column: string | null; message: string }>('CaseListProblem')
  .implement({
    fields: (t) => ({
      row: t.exposeInt('row'),
      column: t.exposeString('column', { nullable: true }),
      message: t.exposeString('message'),
    }),
  });
