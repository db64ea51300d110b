// A problem in an uploaded framework file, placed where its author finds it.
import type { FrameworkProblem } from '@scrutiny/plugin-sdk';
import { builder } from '../../builder.ts';

export const FrameworkFileProblemRef = builder.objectRef<FrameworkProblem>('FrameworkFileProblem').implement({
  description: 'A problem in a framework file, where its author finds it and in plain words.',
  fields: (t) => ({
    where: t.exposeString('where', {
      description: 'e.g. `sheet "questions", row 5, column B (criterion)` or `questions[3].criterion (line 42)`.',
    }),
    message: t.exposeString('message'),
    path: t.string({
      description: 'The path in the YAML spelling, e.g. questions.3.criterion.',
      resolve: (p) => p.path.join('.'),
    }),
    sheet: t.string({ nullable: true, resolve: (p) => p.cell?.sheet ?? null }),
    row: t.int({ nullable: true, resolve: (p) => p.cell?.row ?? null }),
    column: t.string({ nullable: true, resolve: (p) => p.cell?.column ?? null }),
    line: t.int({ nullable: true, resolve: (p) => p.line ?? null }),
  }),
});
