import { CaseFileRef, SampleRoleEnum } from '../case-file/type.ts';
import { builder } from '../../builder.ts';
import { visibleCaseFiles } from '../../access/visibility.ts';
import { asksForNoItems, NOTHING, pageSizeOf } from '../paging.ts';

/**
 * A page of case files continues after (or before) a reference, found by the same statement that reads the page. A
 * Prisma cursor would first read the cursor's row to learn its reference, one statement more on every page but the
 * first; the cursor carries the reference instead (it is unique within the inspection).
 */
function pageByReference<Q extends { cursor?: unknown; skip?: number; take?: number }>(query: Q) {
  const { cursor, skip: _skip, ...rest } = query;
  const at = (cursor as { inspectionId_reference?: { reference: string } } | undefined)?.inspectionId_reference;
  if (!at) return { page: rest, after: {} };
  const backwards = (rest.take ?? 0) < 0;
  return { page: rest, after: { reference: backwards ? { lt: at.reference } : { gt: at.reference } } };
}

builder.prismaObjectField('Inspection', 'caseFiles', (t) =>
  t.prismaConnection({
    type: CaseFileRef,
    cursor: 'inspectionId_reference',
    ...pageSizeOf('Inspection.caseFiles'),
    description:
      'The case files the caller may read (none for anonymous callers and boards; an assessor sees their own), by ' +
      'reference. 20 a page unless `first` or `last` says otherwise, at most 200.',
    args: { sampleRole: t.arg({ type: SampleRoleEnum }) },
    resolve: (query, inspection, args, ctx) => {
      const { page, after } = pageByReference(query);
      return ctx.prisma.caseFile.findMany({
        ...page,
        where: {
          AND: [
            { inspectionId: inspection.id },
            asksForNoItems(args) ? NOTHING : (visibleCaseFiles(ctx.viewer) ?? NOTHING),
            args.sampleRole ? { sampleRole: args.sampleRole } : {},
            after,
          ],
        },
        orderBy: { reference: 'asc' },
      });
    },
  }),
);
