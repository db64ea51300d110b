import { HIGH_RISK_OF_HARM } from '@scrutiny/domain';
import { builder } from '../builder.ts';
import { canSeeInspection } from '../access/checks.ts';
import { visibleInspections } from '../access/visibility.ts';
import { CorrectionEnum, ComparisonRef, CriterionScoreRef, MeasureResultRef } from './scores.ts';

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

export const SubsampleRef = builder.objectRef<{ key: string; label: string }>('Subsample').implement({
  fields: (t) => ({ key: t.exposeString('key'), label: t.exposeString('label') }),
});

export const InspectionRef = builder.prismaNode('Inspection', {
  id: { field: 'id' },
  authScopes: async (inspection, ctx) => canSeeInspection(ctx.prisma, ctx.viewer, inspection),
  fields: (t) => ({
    year: t.exposeInt('year'),
    title: t.exposeString('title'),
    kind: t.expose('kind', { type: InspectionKindEnum }),
    status: t.expose('status', { type: InspectionStatusEnum }),
    published: t.boolean({ resolve: (i) => i.status === 'PUBLISHED' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    evidence: t.expose('evidence', { type: EvidenceBaseEnum }),
    methodNote: t.exposeString('methodNote', { nullable: true }),
    fieldworkStart: t.expose('fieldworkStart', { type: 'DateTime', nullable: true }),
    fieldworkEnd: t.expose('fieldworkEnd', { type: 'DateTime', nullable: true }),
    area: t.relation('area'),
    framework: t.relation('framework'),
    baseline: t.relation('baseline', { nullable: true }),
    subsamples: t.field({
      type: [SubsampleRef],
      description: 'The whole sample and every subsample the framework names.',
      resolve: async (i, _args, ctx) => {
        const { framework } = await ctx.scores.load(i.id);
        return [
          { key: 'ALL', label: 'Whole sample' },
          ...framework.subsamples.map(({ key, label }) => ({ key, label })),
        ];
      },
    }),
    criterionScores: t.field({
      type: [CriterionScoreRef],
      args: {
        subsample: t.arg.string({
          defaultValue: 'ALL',
          description: `'ALL' or a subsample key such as ${HIGH_RISK_OF_HARM.key}.`,
        }),
      },
      resolve: async (i, { subsample }, ctx) => {
        const results = await ctx.scores.visible(i.id);
        return results.criteria
          .filter((s) => s.subsample === subsample)
          .map((s) => ({ ...s, title: results.framework.criteria.find((c) => c.code === s.key)?.title ?? s.key }));
      },
    }),
    measureResults: t.field({
      type: [MeasureResultRef],
      args: { subsample: t.arg.string({ defaultValue: 'ALL' }) },
      resolve: async (i, { subsample }, ctx) => {
        const results = await ctx.scores.visible(i.id);
        return results.measures
          .filter((m) => m.subsample === subsample)
          .map((m) => {
            const measure = results.framework.measures.find((x) => x.key === m.key);
            return { ...m, text: measure?.text ?? m.key, criterion: measure?.criterion ?? '' };
          });
      },
    }),
    comparison: t.field({
      type: ComparisonRef,
      nullable: true,
      description: 'This inspection against its baseline; null when it has none.',
      args: { correction: t.arg({ type: CorrectionEnum, defaultValue: 'HOLM' }) },
      resolve: (i, { correction }, ctx) => ctx.scores.comparison(i.id, correction ?? 'HOLM'),
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
    description: 'Every inspection the caller may see; anonymous callers see published ones.',
    args: { year: t.arg.int(), areaCode: t.arg.string(), publishedOnly: t.arg.boolean({ defaultValue: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.inspection.findMany({
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
