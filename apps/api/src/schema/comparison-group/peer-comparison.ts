// A comparison group's peer comparison: its areas' latest published inspections, like with like.
import { builder } from '../../builder.ts';
import { loadPeerComparison } from '../../services/peer-comparison.ts';
import { PeerComparisonRef } from '../peer-comparison.ts';
import { ComparisonGroupRef } from './type.ts';

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
