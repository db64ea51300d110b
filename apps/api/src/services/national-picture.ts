// The national picture (DOMAIN.md § Who uses it: chief inspectors see it, boards compare with similar areas): every
// area's latest published inspection on one framework, with its frozen criterion scores, and each criterion across
// all areas. Published figures only, whoever asks, and aggregates only: it is a public output, so every score
// follows the domain's disclosure rule, and what is withheld is left out of the medians and pools too (else it could
// be worked out by difference). One SQL query per level (areas, their published inspections, the frozen criterion
// scores), however many areas there are; of the frozen figures it reads only the criterion scores, kept apart at
// publication (`PublishedReport.criterionScores`), so its cost does not grow with the size of each report.
import {
  discloseFigures,
  nationalGroups,
  standingOf,
  type AcrossAreas,
  type AreaFigure,
  type ComparisonBasis,
  type CriterionScore,
  type Disclosed,
  type NationalGroup,
  WHOLE_SAMPLE,
} from '@scrutiny/domain';
import type { Area, Inspection, PrismaClient } from '@scrutiny/db';
import { InvalidInputError } from './errors.ts';
import type { FrameworkRegistry } from '../plugins/framework-registry.ts';
import { inspectionBasis } from './comparison-basis.ts';
import { criterionScoresBySubsample } from './publication.ts';
import type { FrozenFigures } from './score-loader.ts';

export interface NationalPictureArea {
  area: Area;
  /** The latest published inspection of the area on the framework; null when none is published. */
  inspection: Inspection | null;
  criterionScores: (Disclosed<CriterionScore> & { title: string })[];
  /** What the inspection's scores can be compared with; null when none is published. */
  basis: ComparisonBasis | null;
}

export interface NationalCriterion extends AcrossAreas {
  code: string;
  title: string;
  /** Each area's score, for standings. */
  figures: AreaFigure[];
}

/** Areas whose latest published inspections are comparable, and each criterion across them only. */
export interface NationalPictureGroup extends Omit<NationalGroup, 'areas' | 'criteria'> {
  areas: NationalPictureArea[];
  /** Of every area, how many have their latest published inspection in this group. */
  ofAreas: number;
  criteria: NationalCriterion[];
}

export interface NationalPicture {
  frameworkKey: string;
  subsample: string;
  areas: NationalPictureArea[];
  /** Comparable inspections together, the largest group first; scores are summed up and ranked only within one. */
  groups: NationalPictureGroup[];
}

interface LatestRow {
  areaId: string;
  inspectionId: string | null;
  reportId: string | null;
  /** The subsample's frozen criterion scores; null when the report has none for it (or none kept apart). */
  scores: CriterionScore[] | null;
  kept: boolean;
  /** The inspection's baseline has criterion scores adjusted for a difference of method. */
  adjustedBaseline: boolean;
}

/** A mistyped framework key or subsample is refused, naming the valid ones: an empty picture would mislead. */
export async function checkPictureArguments(
  prisma: PrismaClient,
  frameworks: FrameworkRegistry,
  frameworkKey: string,
  subsample: string,
): Promise<void> {
  const stored = await prisma.framework.findMany({ select: { id: true, key: true } });
  const keys = [...new Set(stored.map((f) => f.key))].sort();
  if (!keys.includes(frameworkKey))
    throw new InvalidInputError(`There is no framework "${frameworkKey}": use one of ${keys.join(', ')}.`, [
      { path: 'frameworkKey', message: `one of ${keys.join(', ')}` },
    ]);
  const versions = await Promise.all(
    stored.filter((f) => f.key === frameworkKey).map((f) => frameworks.definition(f.id)),
  );
  const subsamples = [WHOLE_SAMPLE, ...new Set(versions.flatMap((v) => v.subsamples.map((s) => s.key)))];
  if (!subsamples.includes(subsample))
    throw new InvalidInputError(
      `There is no subsample "${subsample}" in the framework ${frameworkKey}: use one of ${subsamples.join(', ')}.`,
      [{ path: 'subsample', message: `one of ${subsamples.join(', ')}` }],
    );
}

export async function loadNationalPicture(
  prisma: PrismaClient,
  frameworks: FrameworkRegistry,
  frameworkKey: string,
  subsample: string,
): Promise<NationalPicture> {
  // Each area's latest published inspection on the framework, and of its report only the subsample's criterion
  // scores, picked inside the database; then the areas and those inspections as rows, beside it.
  const latest = await prisma.$queryRaw<LatestRow[]>`
    SELECT a."id" AS "areaId", i."id" AS "inspectionId", pr."id" AS "reportId",
      pr."criterionScores" -> ${subsample} AS "scores", pr."criterionScores" IS NOT NULL AS "kept",
      EXISTS (SELECT 1 FROM "RecordedResult" r WHERE r."inspectionId" = i."baselineId" AND r."adjusted")
        AS "adjustedBaseline"
    FROM "Area" a
    LEFT JOIN LATERAL (
      SELECT i."id", i."baselineId" FROM "Inspection" i JOIN "Framework" f ON f."id" = i."frameworkId"
      WHERE i."areaId" = a."id" AND i."status" = 'PUBLISHED' AND f."key" = ${frameworkKey}
      ORDER BY i."year" DESC, i."publishedAt" DESC, i."id" ASC LIMIT 1
    ) i ON true
    LEFT JOIN "PublishedReport" pr ON pr."inspectionId" = i."id"`;
  const latestOf = new Map(latest.map((row) => [row.areaId, row]));
  const inspectionIds = latest.flatMap((row) => (row.inspectionId && row.reportId ? [row.inspectionId] : []));
  const [areas, inspections, unkept] = await Promise.all([
    prisma.area.findMany({ orderBy: { name: 'asc' } }),
    inspectionIds.length ? prisma.inspection.findMany({ where: { id: { in: inspectionIds } } }) : [],
    frozenCriterionScores(
      prisma,
      latest.flatMap((row) => (row.reportId && !row.kept ? [{ id: row.reportId, criterionScores: null }] : [])),
    ),
  ]);
  const inspectionById = new Map(inspections.map((i) => [i.id, i]));

  const titles = new Map<string, string>();
  const order: string[] = [];
  const rows: NationalPictureArea[] = [];
  for (const area of areas) {
    const row = latestOf.get(area.id);
    const inspection = row?.inspectionId && row.reportId ? inspectionById.get(row.inspectionId) : undefined;
    if (!row?.reportId || !inspection) {
      rows.push({ area, inspection: null, criterionScores: [], basis: null });
      continue;
    }
    const frozen = (row.kept ? row.scores : unkept.get(row.reportId)?.[subsample]) ?? [];
    // Frozen definitions are cached by the registry: one read per framework version, not per area.
    const framework = await frameworks.definition(inspection.frameworkId);
    for (const criterion of framework.criteria) {
      if (!titles.has(criterion.code)) {
        titles.set(criterion.code, criterion.title);
        order.push(criterion.code);
      }
    }
    const criterionScores = discloseFigures(frozen).map((score) => ({
      ...score,
      title: titles.get(score.key) ?? score.key,
    }));
    const basis = inspectionBasis(framework, inspection, row.adjustedBaseline);
    rows.push({ area, inspection, criterionScores, basis });
  }

  const published = rows.filter((row): row is NationalPictureArea & { basis: ComparisonBasis } => row.basis !== null);
  const rowOf = new Map(published.map((row) => [row.area.code, row]));
  const groups = nationalGroups(
    published.map((row) => ({
      area: row.area.code,
      basis: row.basis,
      scores: row.criterionScores,
    })),
    order,
  ).map(({ areas: codes, criteria, ...group }) => ({
    ...group,
    areas: codes.map((code) => rowOf.get(code)!),
    ofAreas: rows.length,
    criteria: criteria.map((criterion) => ({ ...criterion, title: titles.get(criterion.code) ?? criterion.code })),
  }));
  return { frameworkKey, subsample, areas: rows, groups };
}

/**
 * Each report's frozen criterion scores by subsample. Reports restored from a backup taken before they were kept
 * apart have none yet: theirs are taken from the whole frozen figures, which publication copied them from.
 */
async function frozenCriterionScores(
  prisma: PrismaClient,
  reports: readonly { id: string; criterionScores: unknown }[],
): Promise<Map<string, Record<string, CriterionScore[]>>> {
  const scores = new Map<string, Record<string, CriterionScore[]>>();
  const missing: string[] = [];
  for (const report of reports) {
    if (report.criterionScores === null) missing.push(report.id);
    else scores.set(report.id, report.criterionScores as Record<string, CriterionScore[]>);
  }
  if (missing.length) {
    const whole = await prisma.publishedReport.findMany({
      where: { id: { in: missing } },
      select: { id: true, figures: true },
    });
    for (const report of whole)
      scores.set(report.id, criterionScoresBySubsample((report.figures as unknown as FrozenFigures).criteria));
  }
  return scores;
}

export function standingOfArea(criterion: NationalCriterion, areaCode: string) {
  return standingOf(areaCode, criterion.figures);
}
