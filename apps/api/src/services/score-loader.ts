// Scores of an inspection, from the one place they may come from:
// - a published inspection: its frozen figures (publication freezes them; later edits change nothing);
// - an inspection of case files: computed by the domain from the answers once per change, and kept in `LiveScores`
//   until the next change (database triggers count changes in the statement that makes them, so kept figures are
//   served only while nothing they were computed from has changed);
// - a historic inspection known only from its report: its recorded figures.
// Loaded at most once per inspection per request, however many fields ask.
import {
  compareWithBaseline,
  discloseFigures,
  SMALL_DENOMINATOR,
  figureId,
  baselineFiguresFor,
  rateInspection,
  rateUnits,
  scoreInspection,
  versionMapping,
  wilsonInterval,
  type CaseFileForScoring,
  type InspectionRatings,
  type NotComparable,
  type RatingOverride,
  type UnitRatings,
  type Comparison,
  type CriterionScore,
  type Disclosed,
  type Figure,
  type FrameworkDefinition,
  type MeasureResult,
} from '@scrutiny/domain';
import type { Prisma, PrismaClient } from '@scrutiny/db';
import type { FrameworkRegistry } from '../plugins/framework-registry.ts';

export type ResultsSource = 'COMPUTED' | 'RECORDED' | 'PUBLISHED';

export interface InspectionResults {
  inspectionId: string;
  /** The inspected area: who sees the figures undisclosed depends on it. */
  areaId: string;
  framework: FrameworkDefinition;
  source: ResultsSource;
  subsamples: string[];
  criteria: CriterionScore[];
  measures: MeasureResult[];
  /** Where the framework rates: the inspectors' overrides, and each local unit's ratings by question set. */
  ratings: RatingInputs | null;
}

export interface RatingInputs {
  overrides: RatingOverride[];
  /** Question set key → the units' ratings (computed from their own case files). */
  units: Record<string, UnitRatings[]>;
}

/** The ratings of an inspection as one viewer sees them. */
export interface VisibleRatings extends InspectionRatings {
  framework: FrameworkDefinition;
  units: (UnitRatings & { withheld: boolean })[];
}

/** A comparison, and what could not be compared because the baseline used another framework version. */
export interface VersionedComparison extends Comparison {
  baselineFramework: { key: string; version: string };
  notComparable: NotComparable[];
}

/**
 * The figures as one request's viewer may see them. Public outputs (anonymous readers, and the published exports,
 * which read as one) follow the domain's disclosure rule: a figure over 1 to 4 cases is withheld (`suppressed`).
 */
export interface VisibleResults extends Omit<InspectionResults, 'criteria' | 'measures'> {
  criteria: Disclosed<CriterionScore>[];
  measures: Disclosed<MeasureResult>[];
}

/** Whether the viewer of this request sees an inspection's figures undisclosed (its own team, area or staff). */
export type SeesUndisclosed = (inspection: { id: string; areaId: string }) => Promise<boolean>;

/** The frozen form kept in PublishedReport.figures. */
export interface FrozenFigures {
  source: ResultsSource;
  subsamples: string[];
  criteria: CriterionScore[];
  measures: MeasureResult[];
  /** Frozen with the figures, so published ratings never change (absent in reports published before ratings). */
  ratings?: RatingInputs | null;
}

export type Correction = 'HOLM' | 'BENJAMINI_HOCHBERG' | 'NONE';

/** What `LiveScores.figures` keeps: everything computed from answers and facts (overrides are read every time). */
interface KeptScores {
  subsamples: string[];
  criteria: CriterionScore[];
  measures: MeasureResult[];
  units: Record<string, UnitRatings[]> | null;
}

/** What a list of criterion scores needs of an inspection; `scores` only when published with them kept apart. */
interface FrozenHead {
  areaId: string;
  frameworkId: string;
  scores: CriterionScore[] | null;
}

/** One inspection's frozen head, asked for and not yet read. */
interface Waiting {
  promise: Promise<FrozenHead | null>;
  resolve(head: FrozenHead | null): void;
  reject(error: unknown): void;
}

/** A sampled case file's facts and its answers, one array per column (null when it has no answer). */
interface SampledFileRow {
  facts: CaseFileForScoring['facts'];
  measures: string[] | null;
  values: string[] | null;
  reasons: (string | null)[] | null;
  comments: (string | null)[] | null;
}

interface KeptRow {
  changes: number;
  figuresAt: number | null;
  figures: Prisma.JsonValue;
}

export class ScoreLoader {
  private readonly results = new Map<string, Promise<InspectionResults>>();
  private readonly visibleResults = new Map<string, Promise<VisibleResults>>();
  private readonly visibleCriterionScores = new Map<
    string,
    Promise<{ framework: FrameworkDefinition; criteria: Disclosed<CriterionScore>[] }>
  >();
  constructor(
    private readonly prisma: PrismaClient,
    private readonly frameworks: FrameworkRegistry,
    private readonly seesUndisclosed: SeesUndisclosed = () => Promise.resolve(false),
  ) {}

  /** The figures as this request's viewer may see them; the one place public outputs are disclosure-controlled. */
  visible(inspectionId: string): Promise<VisibleResults> {
    let pending = this.visibleResults.get(inspectionId);
    if (!pending) {
      pending = this.load(inspectionId).then(async (results) =>
        (await this.seesUndisclosed({ id: inspectionId, areaId: results.areaId }))
          ? {
              ...results,
              criteria: results.criteria.map((c) => ({ ...c, suppressed: false })),
              measures: results.measures.map((m) => ({ ...m, suppressed: false })),
            }
          : { ...results, criteria: discloseFigures(results.criteria), measures: discloseFigures(results.measures) },
      );
      this.visibleResults.set(inspectionId, pending);
    }
    return pending;
  }

  /**
   * One subsample's criterion scores as this request's viewer may see them. Of a published inspection only that
   * subsample's frozen criterion scores are read (picked inside the database), not its whole frozen figures; and the
   * inspections asked for together (a list of many areas' latest scores) are read in one statement, so such a list
   * costs one call to the database, not one per area.
   */
  visibleCriteria(
    inspectionId: string,
    subsample: string,
  ): Promise<{ framework: FrameworkDefinition; criteria: Disclosed<CriterionScore>[] }> {
    const key = JSON.stringify([inspectionId, subsample]);
    let pending = this.visibleCriterionScores.get(key);
    if (!pending) {
      pending = this.frozenCriteria(inspectionId, subsample);
      this.visibleCriterionScores.set(key, pending);
    }
    return pending;
  }

  private async frozenCriteria(inspectionId: string, subsample: string) {
    if (!this.visibleResults.has(inspectionId)) {
      const head = await this.frozenHead(inspectionId, subsample);
      if (head?.scores) {
        const framework = await this.frameworks.definition(head.frameworkId);
        const undisclosed = await this.seesUndisclosed({ id: inspectionId, areaId: head.areaId });
        return {
          framework,
          criteria: undisclosed ? head.scores.map((c) => ({ ...c, suppressed: false })) : discloseFigures(head.scores),
        };
      }
    }
    const { framework, criteria } = await this.visible(inspectionId);
    return { framework, criteria: criteria.filter((c) => c.subsample === subsample) };
  }

  /** Inspections whose frozen criterion scores were asked for in this turn of the event loop, by subsample. */
  private frozenHeads: Map<string, Map<string, Waiting>> | null = null;

  /**
   * An inspection's area, framework and, if published with its criterion scores kept apart, one subsample's frozen
   * scores: asked together with every other inspection asked for before the event loop turns.
   */
  private frozenHead(inspectionId: string, subsample: string): Promise<FrozenHead | null> {
    if (!this.frozenHeads) {
      const batch = new Map<string, Map<string, Waiting>>();
      this.frozenHeads = batch;
      setImmediate(() => {
        this.frozenHeads = null;
        for (const [asked, waiting] of batch) void this.readFrozenHeads(asked, waiting);
      });
    }
    const bySubsample = this.frozenHeads.get(subsample) ?? new Map<string, Waiting>();
    this.frozenHeads.set(subsample, bySubsample);
    let waiting = bySubsample.get(inspectionId);
    if (!waiting) {
      let settle: Pick<Waiting, 'resolve' | 'reject'> | undefined;
      const promise = new Promise<FrozenHead | null>((resolve, reject) => (settle = { resolve, reject }));
      waiting = { promise, ...settle! };
      bySubsample.set(inspectionId, waiting);
    }
    return waiting.promise;
  }

  private async readFrozenHeads(subsample: string, waiting: Map<string, Waiting>) {
    try {
      const rows = await this.prisma.$queryRaw<(FrozenHead & { id: string })[]>`
        SELECT i."id", i."areaId", i."frameworkId", pr."criterionScores" -> ${subsample} AS "scores"
        FROM "Inspection" i LEFT JOIN "PublishedReport" pr ON pr."inspectionId" = i."id"
        WHERE i."id" = ANY(${[...waiting.keys()]})`;
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const [id, { resolve }] of waiting) resolve(byId.get(id) ?? null);
    } catch (error) {
      for (const { reject } of waiting.values()) reject(error);
    }
  }

  load(inspectionId: string): Promise<InspectionResults> {
    let pending = this.results.get(inspectionId);
    if (!pending) {
      pending = this.compute(inspectionId);
      this.results.set(inspectionId, pending);
    }
    return pending;
  }

  /**
   * The comparison with the baseline inspection, or null when the inspection has none. It compares the figures
   * the viewer may see, so a figure withheld from a public output is not compared there either.
   */
  async comparison(inspectionId: string, correction: Correction): Promise<VersionedComparison | null> {
    const inspection = await this.prisma.inspection.findUniqueOrThrow({
      where: { id: inspectionId },
      select: { baselineId: true },
    });
    if (!inspection.baselineId) return null;
    const [followUp, baseline] = await Promise.all([this.visible(inspectionId), this.visible(inspection.baselineId)]);
    const excludeSubsampleFiguresFor = new Set(
      followUp.framework.measures.filter((m) => !m.reportBySubsample).map((m) => m.key),
    );
    // Another version of the framework may ask different questions: only what it declares comparable is compared.
    const mapping = versionMapping(followUp.framework, baseline.framework);
    const comparison = compareWithBaseline(
      [...followUp.criteria, ...followUp.measures],
      baselineFiguresFor(mapping, preferAdjusted([...baseline.criteria, ...baseline.measures])),
      {
        correction,
        excludeSubsampleFiguresFor,
      },
    );
    return {
      ...comparison,
      baselineFramework: { key: baseline.framework.key, version: baseline.framework.version },
      notComparable: mapping.notComparable,
    };
  }

  /**
   * The ratings by the framework's rating model, or null where it has none. Ratings are the inspectorate's
   * judgement and read the same for everyone; a local unit of fewer than 5 case files is withheld from viewers who
   * see disclosure-controlled figures, since its ratings could point at individuals.
   */
  async ratings(inspectionId: string, questionSet: string | null): Promise<VisibleRatings | null> {
    const results = await this.load(inspectionId);
    const model = results.framework.ratings;
    if (!model || !results.ratings) return null;
    const setKey = questionSet ?? model.questionSets[0]!.key;
    const rated = rateInspection(results.framework, results.measures, results.ratings.overrides, setKey);
    if (!rated) return null;
    const undisclosed = await this.seesUndisclosed({ id: inspectionId, areaId: results.areaId });
    const units = (results.ratings.units[setKey] ?? []).map((unit) => ({
      ...unit,
      withheld: !undisclosed && unit.caseFiles < SMALL_DENOMINATOR,
    }));
    return { ...rated, framework: results.framework, units };
  }

  private async compute(inspectionId: string): Promise<InspectionResults> {
    const inspection = await this.prisma.inspection.findUniqueOrThrow({
      where: { id: inspectionId },
      select: {
        id: true,
        areaId: true,
        frameworkId: true,
        evidence: true,
        publishedReport: { select: { figures: true } },
        liveScores: { select: { changes: true, figuresAt: true, figures: true } },
      },
    });
    const framework = await this.frameworks.definition(inspection.frameworkId);
    const { areaId } = inspection;
    if (inspection.publishedReport) {
      const frozen = inspection.publishedReport.figures as unknown as FrozenFigures;
      return { inspectionId, areaId, framework, ...frozen, ratings: frozen.ratings ?? null, source: 'PUBLISHED' };
    }
    if (inspection.evidence === 'RECORDED_FIGURES')
      return { areaId, ...(await this.recorded(inspectionId, framework)) };
    const kept = await this.kept(inspectionId, framework, inspection.liveScores);
    return {
      inspectionId,
      areaId,
      framework,
      source: 'COMPUTED',
      subsamples: kept.subsamples,
      criteria: kept.criteria,
      measures: kept.measures,
      ratings: kept.units ? { overrides: await this.overrides(inspectionId), units: kept.units } : null,
    };
  }

  /**
   * The scores computed from the answers: the kept copy while no change has come since it was computed, else a
   * full computation, kept for the reads that follow. It is kept only if no change came while it was computed (the
   * count it was started at is still the current one), so a kept copy is always that of the answers as they are.
   */
  private async kept(inspectionId: string, framework: FrameworkDefinition, row: KeptRow | null): Promise<KeptScores> {
    const changes = row?.changes ?? 0;
    if (row && row.figures !== null && row.figuresAt === changes) return row.figures as unknown as KeptScores;
    // Kept and served in the same JSON form, so a read after this one serves exactly these figures.
    const computed = JSON.parse(JSON.stringify(await this.computed(framework, inspectionId))) as KeptScores;
    await this.prisma.$executeRaw`
      INSERT INTO "LiveScores" ("inspectionId", "changes", "figuresAt", "figures")
      VALUES (${inspectionId}, ${changes}, ${changes}, ${JSON.stringify(computed)}::jsonb)
      ON CONFLICT ("inspectionId") DO UPDATE SET "figuresAt" = excluded."figuresAt", "figures" = excluded."figures"
      WHERE "LiveScores"."changes" = excluded."changes"`;
    return computed;
  }

  /**
   * A full computation of the scores from the sampled case files' facts and answers. The answers come in one
   * statement, each file's as parallel arrays (not a JSON object per answer, nor a Prisma record each): at 4,000
   * files and over 100,000 answers this read is most of a recomputation's time.
   */
  private async computed(framework: FrameworkDefinition, inspectionId: string): Promise<KeptScores> {
    const caseFiles = await this.prisma.$queryRaw<SampledFileRow[]>`
      SELECT f.facts,
             array_agg(a."measureKey") FILTER (WHERE a.id IS NOT NULL) AS measures,
             array_agg(a.value) FILTER (WHERE a.id IS NOT NULL) AS "values",
             array_agg(a.reason) FILTER (WHERE a.id IS NOT NULL) AS reasons,
             array_agg(a.comment) FILTER (WHERE a.id IS NOT NULL) AS comments
      FROM "CaseFile" f LEFT JOIN "Answer" a ON a."caseFileId" = f.id
      WHERE f."inspectionId" = ${inspectionId} AND f."sampleRole" = 'SAMPLE'
      GROUP BY f.id`;
    const forScoring: CaseFileForScoring[] = caseFiles.map((file) => ({
      facts: file.facts,
      answers: (file.measures ?? []).map((measure, i) => ({
        measure,
        value: file.values![i]!,
        reason: file.reasons![i] ?? null,
        comment: file.comments![i] ?? null,
      })),
    }));
    const scores = scoreInspection(framework, forScoring);
    const model = framework.ratings;
    const units = model
      ? Object.fromEntries(model.questionSets.map((set) => [set.key, rateUnits(framework, forScoring, set.key)]))
      : null;
    return { subsamples: scores.subsamples, criteria: scores.criteria, measures: scores.measures, units };
  }

  private async ratingInputs(
    inspectionId: string,
    framework: FrameworkDefinition,
    caseFiles: readonly CaseFileForScoring[],
  ): Promise<RatingInputs | null> {
    const model = framework.ratings;
    if (!model) return null;
    const units = Object.fromEntries(
      model.questionSets.map((set) => [set.key, rateUnits(framework, caseFiles, set.key)]),
    );
    return { overrides: await this.overrides(inspectionId), units };
  }

  private async overrides(inspectionId: string): Promise<RatingOverride[]> {
    const rows = await this.prisma.ratingOverride.findMany({
      where: { inspectionId },
      orderBy: { standard: 'asc' },
      select: {
        standard: true,
        rating: true,
        reason: true,
        updatedAt: true,
        overriddenBy: { select: { name: true } },
      },
    });
    return rows.map((row) => ({
      standard: row.standard,
      rating: row.rating,
      reason: row.reason,
      by: row.overriddenBy.name,
      at: row.updatedAt.toISOString(),
    }));
  }

  private async recorded(
    inspectionId: string,
    framework: FrameworkDefinition,
  ): Promise<Omit<InspectionResults, 'areaId'>> {
    const rows = await this.prisma.recordedResult.findMany({
      where: { inspectionId },
      orderBy: [{ kind: 'asc' }, { key: 'asc' }],
    });
    const subsamples = ['ALL', ...framework.subsamples.map((s) => s.key)];
    const criteria: CriterionScore[] = [];
    const measures: MeasureResult[] = [];
    for (const row of rows) {
      const base = {
        key: row.key,
        subsample: row.subsample,
        met: row.met,
        applicable: row.applicable,
        percentage: row.percentage,
        adjusted: row.adjusted,
        smallDenominator: row.applicable !== null && row.applicable < 5,
        interval: row.met !== null && row.applicable !== null ? wilsonInterval(row.met, row.applicable) : null,
      };
      if (row.kind === 'CRITERION') {
        const criterion = framework.criteria.find((c) => c.code === row.key);
        criteria.push({ ...base, kind: 'CRITERION', rule: criterion?.scoring.kind ?? 'overallJudgement' });
      } else {
        measures.push({ ...base, kind: 'MEASURE', notApplicable: 0, unanswered: 0, notAsked: 0 });
      }
    }
    return {
      inspectionId,
      framework,
      source: 'RECORDED',
      subsamples,
      criteria,
      measures,
      ratings: await this.ratingInputs(inspectionId, framework, []),
    };
  }
}

/** Where a baseline has both an original and an adjusted figure, the comparison uses the adjusted one (like for like). */
function preferAdjusted<T extends Figure>(figures: T[]): T[] {
  const chosen = new Map<string, T>();
  for (const figure of figures) {
    const id = figureId(figure);
    const current = chosen.get(id);
    if (!current || (figure.adjusted && !current.adjusted)) chosen.set(id, figure);
  }
  return [...chosen.values()];
}
