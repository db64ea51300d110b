// The audit log of an inspection (§ Security 3): who read or changed what, which case file, when, before and after.
// Its team's HM inspectors and the chief inspectors read it, page by page or as one CSV download, the whole log or
// the events of one case file or one person.
import type { AuditEvent, Prisma, PrismaClient } from '@scrutiny/db';
import { builder } from '../builder.ts';
import { auditEventsVisibleTo } from '../access/blind-marking.ts';
import type { Context } from '../context.ts';

interface CaseFileOfEvent {
  id: string;
  reference: string;
  /** The question, when the event concerns an answer or a validation. */
  measureKey: string | null;
}

/** Which case file each event concerns (the file itself, or the answer or validation on it), in three queries. */
export async function caseFilesOf(
  prisma: PrismaClient,
  events: readonly Pick<AuditEvent, 'entity' | 'entityId'>[],
): Promise<Map<string, CaseFileOfEvent>> {
  const ids = (entity: string) => events.filter((e) => e.entity === entity).map((e) => e.entityId);
  const [answers, validations] = await Promise.all([
    ids('Answer').length
      ? prisma.answer.findMany({
          where: { id: { in: ids('Answer') } },
          select: { id: true, caseFileId: true, measureKey: true },
        })
      : [],
    ids('Validation').length
      ? prisma.validation.findMany({
          where: { id: { in: ids('Validation') } },
          select: { id: true, caseFileId: true, measureKey: true },
        })
      : [],
  ]);
  const questionOf = new Map([...answers, ...validations].map((r) => [r.id, r.measureKey]));
  const fileOf = new Map<string, string>([
    ...ids('CaseFile').map((id): [string, string] => [id, id]),
    ...answers.map((a): [string, string] => [a.id, a.caseFileId]),
    ...validations.map((v): [string, string] => [v.id, v.caseFileId]),
  ]);
  const files = fileOf.size
    ? await prisma.caseFile.findMany({
        where: { id: { in: [...new Set(fileOf.values())] } },
        select: { id: true, reference: true },
      })
    : [];
  const byId = new Map(files.map((f) => [f.id, f]));
  const result = new Map<string, CaseFileOfEvent>();
  for (const [entityId, fileId] of fileOf) {
    const file = byId.get(fileId);
    if (file) result.set(entityId, { ...file, measureKey: questionOf.get(entityId) ?? null });
  }
  return result;
}

/** One page's events are looked up together: the first event asked for loads the whole page's case files. */
type EventOfFile = Pick<AuditEvent, 'entity' | 'entityId'>;
const pageCaseFiles = new WeakMap<readonly EventOfFile[], Promise<Map<string, CaseFileOfEvent>>>();
export const pageOf = new WeakMap<EventOfFile, readonly EventOfFile[]>();

function caseFileFor(ctx: Context, event: EventOfFile): Promise<CaseFileOfEvent | undefined> {
  const page = pageOf.get(event) ?? [event];
  let loaded = pageCaseFiles.get(page);
  if (!loaded) pageCaseFiles.set(page, (loaded = caseFilesOf(ctx.prisma, page)));
  return loaded.then((files) => files.get(event.entityId));
}

export const AuditEventRef = builder.prismaObject('AuditEvent', {
  description: 'One read or change, as the audit log recorded it.',
  // Only the columns the fields asked for are read: a page of times and actions never brings the events' before and
  // after values (JSON, the largest columns) along.
  select: { id: true },
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    actor: t.relation('actor', { nullable: true, description: 'Who did it; null once the account is gone.' }),
    action: t.exposeString('action', { description: 'What happened, e.g. caseFile.read, answer.update.' }),
    entity: t.exposeString('entity', { description: 'The kind of record: CaseFile, Answer, Finding...' }),
    entityId: t.exposeString('entityId'),
    caseFileReference: t.string({
      nullable: true,
      select: { entity: true, entityId: true },
      description: 'The case file the event concerns (read, answered or second-marked), if any.',
      resolve: async (event, _args, ctx) => (await caseFileFor(ctx, event))?.reference ?? null,
    }),
    measureKey: t.string({
      nullable: true,
      select: { entity: true, entityId: true },
      description: 'The question of the answer or validation the event concerns, if any.',
      resolve: async (event, _args, ctx) => (await caseFileFor(ctx, event))?.measureKey ?? null,
    }),
    before: t.field({ type: 'JSON', nullable: true, select: { before: true }, resolve: (event) => event.before }),
    after: t.field({ type: 'JSON', nullable: true, select: { after: true }, resolve: (event) => event.after }),
  }),
});

interface AuditLogFilter {
  caseFileReference?: string | null;
  actorId?: { id: string } | null;
}

/**
 * The events of an inspection that pass the filter and that the caller may read (none carrying an answer of a file
 * they are second-marking blind). A case file's events are its reads and the changes to its answers and
 * validations (the events name the record they changed, not the file).
 */
export async function auditLogWhere(
  ctx: Pick<Context, 'prisma' | 'viewer'>,
  inspectionId: string,
  filter: AuditLogFilter,
): Promise<Prisma.AuditEventWhereInput> {
  const { prisma } = ctx;
  const where: Prisma.AuditEventWhereInput[] = [
    { inspectionId },
    await auditEventsVisibleTo(prisma, ctx.viewer, inspectionId),
  ];
  if (filter.actorId) where.push({ actorId: filter.actorId.id });
  const reference = filter.caseFileReference?.trim();
  if (reference) {
    const file = await prisma.caseFile.findUnique({
      where: { inspectionId_reference: { inspectionId, reference } },
      select: { id: true, answers: { select: { id: true } }, validations: { select: { id: true } } },
    });
    where.push(
      file
        ? {
            OR: [
              { entity: 'CaseFile', entityId: file.id },
              { entity: 'Answer', entityId: { in: file.answers.map((a) => a.id) } },
              { entity: 'Validation', entityId: { in: file.validations.map((v) => v.id) } },
            ],
          }
        : { id: { in: [] } },
    );
  }
  return { AND: where };
}

export const CASE_FILE_FILTER =
  'Only the events of the case file with this reference: its reads, answers and validations.';
export const ACTOR_FILTER = 'Only the events of this person.';

/** Cells a spreadsheet would run as formulas are written as text (CSV injection). */
export const asText = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
