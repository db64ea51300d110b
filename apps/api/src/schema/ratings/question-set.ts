// A set of a framework's questions that ratings can be computed over: the core set, or an adjusted one.
import { builder } from '../../builder.ts';

export const QuestionSetRef = builder
  .objectRef<{ key: string; label: string; excludeTags: readonly string[] }>('QuestionSet')
  .implement({
    fields: (t) => ({ key: t.exposeString('key'), label: t.exposeString('label') }),
  });
