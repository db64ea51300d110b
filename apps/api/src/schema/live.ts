// Subscriptions (served as server-sent events by yoga): the inspection again whenever its progress, scores or status
// change, and each inspection as it is published. Events are announced by the services after their transaction
// commits (services/live.ts); these fields only decide who may listen and re-read the inspection for each event.
import { queryFromInfo } from '@pothos/plugin-prisma';
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder.ts';
import { canSeeInspection, watchesInspectionProgress } from '../access/checks.ts';
import { hashToken } from '../auth/sessions.ts';
import { viewerState, type Context } from '../context.ts';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../services/errors.ts';
import type { InspectionEvent } from '../services/live.ts';
import { InspectionRef } from './inspection/type.ts';

builder.subscriptionType({});

/**
 * A subscription's context lives as long as its stream, so its per-request caches would hold the figures and the
 * access found for the first event: each event starts afresh with the subscriber as they are now (their figures
 * disclosure-controlled as their own queries are, their case files and blind markings as they now stand) and reads
 * the inspection with the fields the client asked for.
 */
function readAfresh(ctx: Context, info: GraphQLResolveInfo, where: { id: string; status?: 'PUBLISHED' }) {
  Object.assign(ctx, viewerState(ctx, ctx.viewer));
  return ctx.prisma.inspection.findFirstOrThrow({ ...queryFromInfo({ context: ctx, info }), where });
}

/**
 * A stream can outlive the right to it: before each event the session is looked up again, and the stream ends once
 * the caller has signed out, their session has expired, or they have left the team.
 */
async function* whileStillWatching(ctx: Context, inspectionId: string, events: AsyncIterable<InspectionEvent>) {
  for await (const event of events) {
    const viewer = ctx.sessionToken ? await ctx.sessions.viewerFor(hashToken(ctx.sessionToken)) : null;
    if (!viewer || !(await watchesInspectionProgress(ctx.prisma, viewer, inspectionId))) return;
    ctx.viewer = viewer;
    yield event;
  }
}

builder.subscriptionField('inspectionProgress', (t) =>
  t.field({
    type: InspectionRef,
    description:
      'The inspection again each time an answer is saved, a case file is assigned, submitted or replaced, a validation is recorded or resolved, or the inspection moves: re-read its progress and scores from it. For its team and the inspectorate only.',
    args: { inspectionId: t.arg.globalID({ required: true, for: [InspectionRef] }) },
    subscribe: async (_root, { inspectionId }, ctx) => {
      if (!ctx.viewer) throw new UnauthenticatedError();
      const inspection = await ctx.prisma.inspection.findUnique({
        where: { id: inspectionId.id },
        select: { id: true, areaId: true, status: true },
      });
      // An inspection the caller may not see is one that does not exist, as the queries answer: refusing it
      // otherwise would tell them it does.
      if (!inspection || !(await canSeeInspection(ctx.prisma, ctx.viewer, inspection)))
        throw new NotFoundError('The inspection');
      if (!(await watchesInspectionProgress(ctx.prisma, ctx.viewer, inspectionId.id)))
        throw new ForbiddenError('Only the inspection team follows its work as it happens.');
      return whileStillWatching(ctx, inspectionId.id, ctx.live.pubSub.subscribe('inspectionChanged', inspectionId.id));
    },
    resolve: (event, _args, ctx, info) => readAfresh(ctx, info, { id: event.inspectionId }),
  }),
);

builder.subscriptionField('inspectionPublished', (t) =>
  t.field({
    type: InspectionRef,
    description:
      'Each inspection as it is published. Anyone may subscribe: it carries what anyone may read of a published inspection, its aggregate figures.',
    subscribe: (_root, _args, ctx) => ctx.live.pubSub.subscribe('inspectionPublished'),
    resolve: (event, _args, ctx, info) => readAfresh(ctx, info, { id: event.inspectionId, status: 'PUBLISHED' }),
  }),
);
