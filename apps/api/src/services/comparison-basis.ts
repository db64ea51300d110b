// What an inspection's scores can be compared with (DOMAIN.md § Rules: like with like), from what is recorded on it:
// its framework version, its kind, its question set, whether offenders were interviewed, and whether its baseline
// has scores adjusted for it. The one place the API turns an inspection into its basis: the national picture and
// the peer comparison of an area's page both read it from here, and the domain groups by it.
import { comparisonBasis, type ComparisonBasis, type FrameworkDefinition } from '@scrutiny/domain';
import type { Inspection, PrismaClient } from '@scrutiny/db';
import type { FrameworkRegistry } from '../plugins/framework-registry.ts';

type BasisInspection = Pick<Inspection, 'id' | 'frameworkId' | 'kind' | 'offenderInterviews' | 'baselineId'>;

/** The basis of one inspection on its (frozen) framework, given whether its baseline has adjusted scores. */
export function inspectionBasis(
  framework: FrameworkDefinition,
  inspection: Pick<Inspection, 'kind' | 'offenderInterviews'>,
  baselineAdjusted: boolean,
): ComparisonBasis {
  return comparisonBasis({
    frameworkKey: framework.key,
    frameworkVersion: framework.version,
    frameworkTitle: framework.title,
    kind: inspection.kind,
    questionSets: framework.ratings?.questionSets,
    offenderInterviews: inspection.offenderInterviews,
    baselineAdjusted,
  });
}

/** Each inspection's basis by its id: one query for the adjusted baselines, however many inspections. */
export async function comparisonBases(
  prisma: PrismaClient,
  frameworks: FrameworkRegistry,
  inspections: readonly BasisInspection[],
): Promise<Map<string, ComparisonBasis>> {
  const baselineIds = [...new Set(inspections.flatMap((i) => (i.baselineId ? [i.baselineId] : [])))];
  const adjusted = baselineIds.length
    ? await prisma.recordedResult.findMany({
        where: { inspectionId: { in: baselineIds }, adjusted: true },
        select: { inspectionId: true },
        distinct: ['inspectionId'],
      })
    : [];
  const adjustedBaselines = new Set(adjusted.map((row) => row.inspectionId));
  const bases = new Map<string, ComparisonBasis>();
  for (const inspection of inspections) {
    // Frozen definitions are cached by the registry: one read per framework version, not per inspection.
    const framework = await frameworks.definition(inspection.frameworkId);
    const baselineAdjusted = inspection.baselineId !== null && adjustedBaselines.has(inspection.baselineId);
    bases.set(inspection.id, inspectionBasis(framework, inspection, baselineAdjusted));
  }
  return bases;
}
