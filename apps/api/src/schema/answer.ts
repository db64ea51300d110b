// An answer to one question of a case file, and saving one (`saveAnswer`: the assessor's save queue sends it).
import { builder } from '../builder.ts';
import { mayReadAnswer } from '../access/case-file-reading.ts';
import { saveAnswer } from '../services/answers.ts';
import { AnswerConflictError, ClientMutationIdReusedError } from '../services/errors.ts';
import { CaseFileRef } from './case-file/type.ts';
import { COMMON_ERRORS } from './errors.ts';

export const AnswerRef = builder.prismaNode('Answer', {
  id: { field: 'id' },
  // Whoever reaches an answer (through its case file, or by its id through `node`) must be able to read the file,
  // and must not be second-marking it blind (access/case-file-reading.ts).
  authScopes: (answer, ctx) => mayReadAnswer(ctx, answer.caseFileId),
  fields: (t) => ({
    measureKey: t.exposeString('measureKey'),
    value: t.exposeString('value'),
    reason: t.exposeString('reason', { nullable: true }),
    comment: t.exposeString('comment', { nullable: true }),
    version: t.exposeInt('version', { description: 'Send this back as expectedVersion when changing the answer.' }),
    answeredBy: t.relation('answeredBy'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.mutationField('saveAnswer', (t) =>
  t.fieldWithInput({
    type: AnswerRef,
    description:
      'Saves one answer. Send the version you read; a stale version returns AnswerConflictError and changes nothing.',
    errors: { types: [AnswerConflictError, ClientMutationIdReusedError, ...COMMON_ERRORS] },
    input: {
      caseFileId: t.input.globalID({ required: true, for: [CaseFileRef] }),
      measureKey: t.input.string({ required: true }),
      value: t.input.string({ required: true }),
      reason: t.input.string(),
      comment: t.input.string(),
      expectedVersion: t.input.int({ description: 'The version you read; omit when you saw no answer.' }),
      clientMutationId: t.input.string({
        description:
          'Retries of this very save with the same id have one effect; the same id with any other save is a ClientMutationIdReusedError.',
      }),
      authorId: t.input.globalID({
        description:
          'Who gave this answer (their User id). An answer queued by one person and sent under another person’s session is an UnauthenticatedError and changes nothing.',
      }),
    },
    resolve: async (_root, { input: { authorId, ...input } }, ctx) => {
      // The service returns the answer with its case file's access facts: no second read of what it just wrote.
      const saved = await saveAnswer(ctx.prisma, ctx.sql, ctx.frameworks, ctx.viewer, {
        ...input,
        caseFileId: input.caseFileId.id,
        // An id of another type names no author: it is no one's answer, so the service refuses it as another's.
        authorId: authorId ? (authorId.typename === 'User' ? authorId.id : '') : null,
      });
      // Whoever may assess a file may read it; the save's own audit row records this person at this file, so the
      // answer it hands back is not another read.
      ctx.caseFileAccess.allow(saved.caseFileId);
      ctx.caseFileReads.coveredByChange(saved.caseFileId);
      return saved;
    },
  }),
);
