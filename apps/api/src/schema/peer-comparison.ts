// An area's peers, like with like: the comparison group's latest published inspections grouped by comparison basis
// (services/peer-comparison.ts). Published inspections only, so anyone may read it.
import { builder } from '../builder.ts';
import { loadPeerComparison, type PeerComparison, type PeerInspection } from '../services/peer-comparison.ts';
import type { ComparableGroup } from '@scrutiny/domain';
import { AreaRef, ComparisonGroupRef } from './area/type.ts';
import { InspectionRef } from './inspection/type.ts';
import { ComparisonBasisRef } from './national-picture.ts';

const PeerInspectionRef = builder.objectRef<PeerInspection>('PeerInspection').implement({
  description: 'One area of a comparison group with its latest published inspection.',
  fields: (t) => ({
    area: t.field({ type: AreaRef, resolve: (peer) => peer.area }),
    inspection: t.field({ type: InspectionRef, resolve: (peer) => peer.inspection }),
  }),
});

const PeerGroupRef = builder.objectRef<ComparableGroup<PeerInspection>>('PeerComparisonGroup').implement({
  description:
    'Peers whose latest published inspections are comparable (same framework version, kind, question set and method): set side by side only with each other.',
  fields: (t) => ({
    basis: t.field({ type: ComparisonBasisRef, resolve: (group) => group.basis }),
    heading: t.exposeString('heading', { description: 'What every inspection of the group has in common, in words.' }),
    apartBecause: t.exposeStringList('apartBecause', {
      description: 'Why this group stands apart from the first; empty for the first.',
    }),
    peers: t.field({ type: [PeerInspectionRef], resolve: (group) => group.members }),
  }),
});

const PeerComparisonRef = builder.objectRef<PeerComparison>('PeerComparison').implement({
  description: "A comparison group's latest published inspections, like with like.",
  fields: (t) => ({
    groups: t.field({
      type: [PeerGroupRef],
      description: 'Comparable inspections together: the group of `firstArea` first (else the largest).',
      resolve: (comparison) => comparison.groups,
    }),
    unpublished: t.field({
      type: [AreaRef],
      description: 'Areas of the group with no published inspection.',
      resolve: (comparison) => comparison.unpublished,
    }),
  }),
});

builder.objectField(ComparisonGroupRef, 'peerComparison', (t) =>
  t.field({
    type: PeerComparisonRef,
    description:
      "Each area's latest published inspection, grouped by what makes their scores comparable: never set side by side across groups.",
    args: {
      firstArea: t.arg.string({
        description: 'The code of the area whose inspection the others are compared with: its group comes first.',
      }),
    },
    resolve: (group, { firstArea }, ctx) => loadPeerComparison(ctx.prisma, ctx.frameworks, group.id, firstArea ?? null),
  }),
);
