import { HIGH_RISK_OF_HARM, WHOLE_SAMPLE, WHOLE_SAMPLE_LABEL } from '@scrutiny/domain';
import { InvalidInputError } from '../../services/errors.ts';
import { builder } from '../../builder.ts';
import { canSeeInspection } from '../../access/checks.ts';
import { visibleInspections } from '../../access/visibility.ts';
import { asksForNoItems, pageSizeOf } from '../paging.ts';
import { CorrectionEnum, ComparisonRef } from '../comparison/type.ts';
import { CriterionScoreRef } from '../criterion-score.ts';
import { MeasureResultRef } from '../measure-result.ts';
import { SubsampleRef } from './subsample.ts';

export const InspectionKindEnum = builder.enumType('InspectionKind', { values: ['FULL', 'FOLLOW_UP'] as const });
export const InspectionStatusEnum = builder.enumType('InspectionStatus', {
  values: [
    'PLANNED',
    'FIELDWORK',
    'VALIDATION',
    'DRAFTING',
    'FACTUAL_ACCURACY_CHECK',
    'SIGNED_OFF',
    'PUBLISHED',
  ] as const,
});
export const EvidenceBaseEnum = builder.enumType('EvidenceBase', {
  values: {
    CASE_FILES: { description: 'Scores are computed from the answers on the sampled case files.' },
    RECORDED_FIGURES: {
      description: 'A historic inspection known only from its published report: its figures are recorded.',
    },
  } as const,
});

/** A mistyped subsample key is refused, naming the keys there are: an empty list would read as "no figures". */
function checkSubsample(
  subsample: string | null | undefined,
  framework: { subsamples: readonly { key: string }[] },
): string {
  const keys = [WHOLE_SAMPLE, ...framework.subsamples.map((s) => s.key)];
  if (subsample == null) return WHOLE_SAMPLE;
  if (keys.includes(subsample)) return subsample;
  throw new InvalidInputError(
    `There is no subsample "${subsample}" in this inspection's framework: use one of ${keys.join(', ')} ` +
      '(listed in `Inspection.subsamples`).',
    [{ path: 'subsample', message: `one of ${keys.join(', ')}` }],
  );
}

export const InspectionRef = builder.prismaNode('Inspection', {
  id: { field: 'id' },
  authScopes: async (inspection, ctx) => canSeeInspection(ctx.prisma, ctx.viewer, inspection),
  description:
    'One inspection of one area in one year, against one framework: its sample, its scores and, once published, ' +
    'its frozen report. Anonymous callers see published inspections only.',
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The year of the fieldwork.' }),
    title: t.exposeString('title', { description: 'e.g. "Effective Supervision Inspection follow-up 2005".' }),
    kind: t.expose('kind', { type: InspectionKindEnum, description: 'A full inspection or a follow-up of one.' }),
    status: t.expose('status', { type: InspectionStatusEnum, description: 'Where it is in the workflow.' }),
    published: t.boolean({
      description: 'Published: its figures and report are frozen and public.',
      resolve: (i) => i.status === 'PUBLISHED',
    }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true, description: 'When it was published.' }),
    evidence: t.expose('evidence', {
      type: EvidenceBaseEnum,
      description: 'Whether its figures come from case files or were recorded from a published report.',
    }),
    methodNote: t.exposeString('methodNote', {
      nullable: true,
      description: 'How the figures were arrived at, where the report says so (e.g. adjustments).',
    }),
    offenderInterviews: t.exposeBoolean('offenderInterviews', {
      description:
        'Whether offenders (and significant other workers) were interviewed, as recorded when it was planned: part of what its scores compare with.',
    }),
    fieldworkStart: t.expose('fieldworkStart', { type: 'DateTime', nullable: true }),
    fieldworkEnd: t.expose('fieldworkEnd', { type: 'DateTime', nullable: true }),
    area: t.relation('area', { description: 'The probation area inspected.' }),
    framework: t.relation('framework', { description: 'The frozen version of the framework it is judged against.' }),
    baseline: t.relation('baseline', {
      nullable: true,
      description: 'For a follow-up, the earlier inspection it is compared with (see `comparison`).',
    }),
    subsamples: t.field({
      type: [SubsampleRef],
      description: 'The whole sample and every subsample the framework names.',
      resolve: async (i, _args, ctx) => {
        const { framework } = await ctx.scores.load(i.id);
        return [
          { key: WHOLE_SAMPLE, label: WHOLE_SAMPLE_LABEL },
          ...framework.subsamples.map(({ key, label }) => ({ key, label })),
        ];
      },
    }),
    criterionScores: t.field({
      type: [CriterionScoreRef],
      description:
        "Each criterion's score for the whole sample or one subsample, in the framework's order. Computed from the " +
        'answers while the inspection runs; frozen at publication.',
      args: {
        subsample: t.arg.string({
          defaultValue: 'ALL',
          description: `'ALL' or a subsample key such as ${HIGH_RISK_OF_HARM.key}.`,
        }),
      },
      resolve: async (i, { subsample }, ctx) => {
        const results = await ctx.scores.visibleCriteria(i.id, subsample ?? WHOLE_SAMPLE);
        checkSubsample(subsample, results.framework);
        const owner = { inspectionId: i.id, framework: results.framework };
        return results.criteria.map((s) => ({
          ...s,
          owner,
          title: results.framework.criteria.find((c) => c.code === s.key)?.title ?? s.key,
        }));
      },
    }),
    measureResults: t.field({
      type: [MeasureResultRef],
      description:
        'Each measure (question) behind the criteria: met / applicable, for the whole sample or a subsample.',
      args: { subsample: t.arg.string({ defaultValue: 'ALL', description: "'ALL' or a subsample key." }) },
      resolve: async (i, { subsample }, ctx) => {
        const results = await ctx.scores.visible(i.id);
        const key = checkSubsample(subsample, results.framework);
        const owner = { inspectionId: i.id, framework: results.framework };
        return results.measures
          .filter((m) => m.subsample === key)
          .map((m) => {
            const measure = results.framework.measures.find((x) => x.key === m.key);
            return { ...m, owner, text: measure?.text ?? m.key, criterion: measure?.criterion ?? '' };
          });
      },
    }),
    comparison: t.field({
      type: ComparisonRef,
      nullable: true,
      description:
        "This inspection against its baseline, figure by figure: direction, change, and where both sides' counts " +
        "are known Fisher's exact test and Newcombe's interval; null when it has no baseline.",
      args: {
        correction: t.arg({
          type: CorrectionEnum,
          defaultValue: 'HOLM',
          description: 'How p-values are adjusted for the many figures compared.',
        }),
      },
      resolve: async (i, { correction }, ctx) => {
        const comparison = await ctx.scores.comparison(i.id, correction ?? 'HOLM');
        if (!comparison) return null;
        const { framework } = await ctx.scores.visible(i.id);
        return { ...comparison, owner: { inspectionId: i.id, framework } };
      },
    }),
  }),
});

builder.queryField('inspection', (t) =>
  t.prismaField({
    type: InspectionRef,
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: [InspectionRef] }) },
    resolve: (query, _root, { id }, ctx) =>
      ctx.prisma.inspection.findFirst({ ...query, where: { AND: [{ id: id.id }, visibleInspections(ctx.viewer)] } }),
  }),
);

builder.queryField('inspections', (t) =>
  t.prismaConnection({
    type: InspectionRef,
    cursor: 'id',
    ...pageSizeOf('Query.inspections'),
    description:
      'Every inspection the caller may see (anonymous callers: published ones), newest year first, then by id: a ' +
      'stable order, so pages never overlap. 20 a page unless `first` says otherwise, at most 100.',
    args: {
      year: t.arg.int({ description: 'Only the inspections of this year.' }),
      areaCode: t.arg.string({ description: 'Only the inspections of the area with this code, e.g. "WMPA".' }),
      publishedOnly: t.arg.boolean({ defaultValue: false, description: 'Only published inspections.' }),
    },
    resolve: async (query, _root, args, ctx) =>
      asksForNoItems(args)
        ? []
        : ctx.prisma.inspection.findMany({
            ...query,
            where: {
              AND: [
                visibleInspections(ctx.viewer),
                args.year ? { year: args.year } : {},
                args.areaCode ? { area: { code: args.areaCode } } : {},
                args.publishedOnly ? { status: 'PUBLISHED' } : {},
              ],
            },
            orderBy: [{ year: 'desc' }, { id: 'asc' }],
          }),
  }),
);
