// An area's peers (its comparison group), like with like: each area's latest published inspection, grouped by what
// makes its scores comparable (the domain's rule, the bases from comparison-basis.ts, as the national picture has
// them). Scores are set side by side only within a group; an unlike inspection is shown apart, saying why.
import { groupByBasis, type ComparableGroup } from '@scrutiny/domain';
import type { Area, Inspection, PrismaClient } from '@scrutiny/db';
import type { FrameworkRegistry } from '../plugins/framework-registry.ts';
import { comparisonBases } from './comparison-basis.ts';

export interface PeerInspection {
  area: Area;
  /** The area's latest published inspection. */
  inspection: Inspection;
}

export interface PeerComparison {
  /** Comparable inspections together; the group of `firstArea`'s inspection first, else the largest. */
  groups: ComparableGroup<PeerInspection>[];
  /** Areas of the group with no published inspection. */
  unpublished: Area[];
}

export async function loadPeerComparison(
  prisma: PrismaClient,
  frameworks: FrameworkRegistry,
  groupId: string,
  firstArea: string | null,
): Promise<PeerComparison> {
  const areas = await prisma.area.findMany({ where: { comparisonGroupId: groupId }, orderBy: { name: 'asc' } });
  const published = await prisma.inspection.findMany({
    where: { areaId: { in: areas.map((a) => a.id) }, status: 'PUBLISHED' },
    orderBy: [{ year: 'asc' }, { publishedAt: 'asc' }, { id: 'desc' }],
  });
  // Oldest first, so the last one kept for an area is its latest.
  const latest = new Map(published.map((inspection) => [inspection.areaId, inspection]));
  const peers: PeerInspection[] = areas.flatMap((area) => {
    const inspection = latest.get(area.id);
    return inspection ? [{ area, inspection }] : [];
  });
  const bases = await comparisonBases(
    prisma,
    frameworks,
    peers.map((peer) => peer.inspection),
  );
  const groups = groupByBasis(
    peers,
    (peer) => bases.get(peer.inspection.id)!,
    firstArea ? (peer) => peer.area.code === firstArea : undefined,
  );
  return { groups, unpublished: areas.filter((area) => !latest.has(area.id)) };
}
