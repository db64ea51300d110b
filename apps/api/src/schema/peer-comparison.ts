// An area's peers, like with like: the comparison group's latest published inspections grouped by comparison basis
// (services/peer-comparison.ts), with its parts; comparison-group/peer-comparison.ts asks for it. Published
// inspections only, so anyone may read it.
import { builder } from '../builder.ts';
import type { PeerComparison, PeerInspection } from '../services/peer-comparison.ts';
import type { ComparableGroup } from '@scrutiny/domain';
import { AreaRef } from './area/type.ts';
import { InspectionRef } from './inspection/type.ts';
import { ComparisonBasisRef } from './comparison-basis.ts';

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

export const PeerComparisonRef = builder.objectRef<PeerComparison>('PeerComparison').implement({
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
