import Papa from 'papaparse';
import {
  ACTOR_FILTER,
  AuditEventRef,
  CASE_FILE_FILTER,
  asText,
  auditLogWhere,
  caseFilesOf,
  pageOf,
} from '../audit-log.ts';
import { builder } from '../../builder.ts';
import { readsAuditLog } from '../../access/audit-log.ts';
import { InspectionRef } from './type.ts';
import { asksForNoItems, pageSizeOf } from '../paging.ts';
import { UserRef } from '../user/type.ts';

builder.prismaObjectField('Inspection', 'auditLog', (t) =>
  t.prismaConnection({
    type: AuditEventRef,
    cursor: 'id',
    ...pageSizeOf('Inspection.auditLog'),
    nullable: true,
    description:
      'Who read or changed what in this inspection, newest first: for its HM inspectors and chief inspectors. ' +
      "An inspector second-marking a case file does not see its answers' events until they compare. " +
      '20 a page unless `first` says otherwise, at most 500.',
    authScopes: (inspection, _args, ctx) => readsAuditLog(ctx.prisma, ctx.viewer, inspection.id),
    args: {
      caseFileReference: t.arg.string({ description: CASE_FILE_FILTER }),
      actorId: t.arg.globalID({ for: [UserRef], description: ACTOR_FILTER }),
    },
    resolve: async (query, inspection, args, ctx) => {
      if (asksForNoItems(args)) return [];
      const events = await ctx.prisma.auditEvent.findMany({
        ...query,
        where: await auditLogWhere(ctx, inspection.id, args),
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
      });
      for (const event of events) pageOf.set(event, events);
      return events;
    },
  }),
);

builder.objectField(InspectionRef, 'auditLogCsv', (t) =>
  t.string({
    nullable: true,
    description:
      'The audit log of this inspection as CSV (at, actor, action, entity, entityId, caseFile, before, after), oldest first: all of it, or the events the filters pick; the same events auditLog shows the caller.',
    authScopes: (inspection, _args, ctx) => readsAuditLog(ctx.prisma, ctx.viewer, inspection.id),
    args: {
      caseFileReference: t.arg.string({ description: CASE_FILE_FILTER }),
      actorId: t.arg.globalID({ for: [UserRef], description: ACTOR_FILTER }),
    },
    resolve: async (inspection, args, ctx) => {
      const events = await ctx.prisma.auditEvent.findMany({
        where: await auditLogWhere(ctx, inspection.id, args),
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
        include: { actor: { select: { name: true, email: true } } },
      });
      const files = await caseFilesOf(ctx.prisma, events);
      const rows = events.map((event) => ({
        at: event.at,
        cells: [
          event.at.toISOString(),
          event.actor ? `${event.actor.name} <${event.actor.email}>` : '',
          event.action,
          event.entity,
          event.entityId,
          files.get(event.entityId)?.reference ?? '',
          event.before == null ? '' : JSON.stringify(event.before),
          event.after == null ? '' : JSON.stringify(event.after),
        ],
      }));
      // The record of the inspection's erasure goes with its log: it outlives a restore of an older backup, which
      // brings back the audit events of the time the backup was taken.
      const erasure = args.caseFileReference?.trim()
        ? null
        : await ctx.prisma.erasureRecord.findUnique({ where: { inspectionId: inspection.id } });
      if (erasure && (!args.actorId || args.actorId.id === erasure.erasedById))
        rows.push({
          at: erasure.erasedAt,
          cells: [
            erasure.erasedAt.toISOString(),
            erasure.erasedByName ?? '',
            'erasureRecord',
            'ErasureRecord',
            erasure.id,
            '',
            '',
            JSON.stringify({
              trigger: erasure.trigger,
              reason: erasure.reason,
              retentionMonths: erasure.retentionMonths,
              counts: erasure.counts,
              keptFacts: erasure.keptFacts,
            }),
          ],
        });
      rows.sort((a, b) => a.at.getTime() - b.at.getTime());
      return Papa.unparse({
        fields: ['at', 'actor', 'action', 'entity', 'entityId', 'caseFile', 'before', 'after'],
        data: rows.map((row) => row.cells.map(asText)),
      });
    },
  }),
);

builder.objectField(InspectionRef, 'mayReadAuditLog', (t) =>
  t.boolean({
    description: "Whether the caller may read this inspection's audit log (its HM inspectors and chief inspectors).",
    resolve: (inspection, _args, ctx) => readsAuditLog(ctx.prisma, ctx.viewer, inspection.id),
  }),
);

builder.objectField(InspectionRef, 'auditLogActors', (t) =>
  t.prismaField({
    type: [UserRef],
    nullable: true,
    description: "Everyone who appears in this inspection's audit log, by name: the people its log can be filtered by.",
    authScopes: (inspection, _args, ctx) => readsAuditLog(ctx.prisma, ctx.viewer, inspection.id),
    resolve: (query, inspection, _args, ctx) =>
      ctx.prisma.user.findMany({
        ...query,
        where: { auditEvents: { some: { inspectionId: inspection.id } } },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      }),
  }),
);
