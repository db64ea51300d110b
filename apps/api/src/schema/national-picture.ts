// The national picture: every area's latest published scores on a framework, and each criterion across the areas.
// Published aggregates only, so anyone may read it.
import type { PrismaClient } from '@scrutiny/db';
import { HIGH_RISK_OF_HARM, WHOLE_SAMPLE } from '@scrutiny/domain';
import { InvalidInputError } from '../services/errors.ts';
import type { FrameworkRegistry } from '../plugins/framework-registry.ts';
import { builder } from '../builder.ts';
import {
  loadNationalPicture,
  standingOfArea,
  type NationalCriterion,
  type NationalPicture,
  type NationalPictureArea,
  type NationalPictureGroup,
} from '../services/national-picture.ts';
import type { ComparisonBasis } from '@scrutiny/domain';
import { AreaRef } from './area/type.ts';
import { InspectionKindEnum, InspectionRef } from './inspection/type.ts';
import { CriterionScoreRef } from './scores.ts';

const StandingRef = builder.objectRef<{ position: number; of: number }>('Standing').implement({
  description: 'Where an area stands among the areas with a score: 1 is the highest; scores that print alike share.',
  fields: (t) => ({ position: t.exposeInt('position'), of: t.exposeInt('of') }),
});

export const ComparisonBasisRef = builder.objectRef<ComparisonBasis>('ComparisonBasis').implement({
  description:
    'What makes inspections comparable: scores are ranked together only when all of these are the same (like with like).',
  fields: (t) => ({
    frameworkKey: t.exposeString('frameworkKey'),
    frameworkVersion: t.exposeString('frameworkVersion'),
    kind: t.field({ type: InspectionKindEnum, resolve: (b) => b.kind }),
    questionSetKey: t.string({ resolve: (b) => b.questionSet.key }),
    questionSetLabel: t.string({ resolve: (b) => b.questionSet.label }),
    offenderInterviews: t.exposeBoolean('offenderInterviews', {
      description: 'Offenders were interviewed (a follow-up without them compares with adjusted baseline scores).',
    }),
    adjustedBaseline: t.exposeBoolean('adjustedBaseline', {
      description: "The inspection's baseline scores were adjusted for a difference of method.",
    }),
  }),
});

const NationalPictureAreaRef = builder.objectRef<NationalPictureArea>('NationalPictureArea').implement({
  description: "One area's latest published inspection on the framework, with its criterion scores.",
  fields: (t) => ({
    area: t.field({ type: AreaRef, resolve: (row) => row.area }),
    inspection: t.field({
      type: InspectionRef,
      nullable: true,
      description: 'Null when the area has no published inspection on the framework.',
      resolve: (row) => row.inspection,
    }),
    basis: t.field({
      type: ComparisonBasisRef,
      nullable: true,
      description: "What the inspection's scores can be compared with; null when none is published.",
      resolve: (row) => row.basis,
    }),
    criterionScores: t.field({
      type: [CriterionScoreRef],
      resolve: async (row, _args, ctx) => {
        if (!row.inspection) return [];
        const owner = {
          inspectionId: row.inspection.id,
          framework: await ctx.frameworks.definition(row.inspection.frameworkId),
        };
        return row.criterionScores.map((score) => ({ ...score, owner }));
      },
    }),
  }),
});

const NationalCriterionRef = builder.objectRef<NationalCriterion>('NationalCriterion').implement({
  description: 'One criterion across the latest published inspections of one group of comparable areas.',
  fields: (t) => ({
    code: t.exposeString('code'),
    title: t.exposeString('title'),
    areas: t.exposeInt('areas', { description: 'Areas with a score (areas with nothing applicable are left out).' }),
    median: t.exposeFloat('median', { nullable: true }),
    lowest: t.exposeFloat('lowest', { nullable: true }),
    highest: t.exposeFloat('highest', { nullable: true }),
    pooledMet: t.int({ nullable: true, resolve: (c) => c.pooled?.met ?? null }),
    pooledApplicable: t.int({
      nullable: true,
      description: "Every area's applicable cases together; null unless every area's counts are known.",
      resolve: (c) => c.pooled?.applicable ?? null,
    }),
    pooledPercentage: t.float({ nullable: true, resolve: (c) => c.pooled?.percentage ?? null }),
    standing: t.field({
      type: StandingRef,
      nullable: true,
      description: 'Where the area stands on this criterion within the group; null when it has no score in the group.',
      args: { areaCode: t.arg.string({ required: true }) },
      resolve: (c, { areaCode }) => standingOfArea(c, areaCode),
    }),
  }),
});

const NationalPictureGroupRef = builder.objectRef<NationalPictureGroup>('NationalPictureGroup').implement({
  description:
    'Areas whose latest published inspections are comparable (same framework version, kind, question set and method), and each criterion across them only.',
  fields: (t) => ({
    basis: t.field({ type: ComparisonBasisRef, resolve: (g) => g.basis }),
    heading: t.exposeString('heading', { description: 'What every inspection of the group has in common, in words.' }),
    apartBecause: t.exposeStringList('apartBecause', {
      description: 'Why this group stands apart from the first (largest) group; empty for the first.',
    }),
    ofAreas: t.exposeInt('ofAreas', { description: 'Every area, with or without a published inspection.' }),
    areas: t.field({ type: [NationalPictureAreaRef], resolve: (g) => g.areas }),
    criteria: t.field({
      type: [NationalCriterionRef],
      description: "Each criterion across this group's areas only: never ranked with another group's.",
      resolve: (g) => g.criteria,
    }),
  }),
});

const NationalPictureRef = builder.objectRef<NationalPicture>('NationalPicture').implement({
  description: "Every area's latest published scores on one framework, and each criterion across the areas.",
  fields: (t) => ({
    frameworkKey: t.exposeString('frameworkKey'),
    subsample: t.exposeString('subsample'),
    areas: t.field({ type: [NationalPictureAreaRef], resolve: (p) => p.areas }),
    groups: t.field({
      type: [NationalPictureGroupRef],
      description:
        'Comparable inspections together, the largest group first; each criterion is summed up within a group.',
      resolve: (p) => p.groups,
    }),
  }),
});

/** A mistyped framework key or subsample is refused, naming the valid ones: an empty picture would mislead. */
async function checkPictureArguments(
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

builder.queryField('nationalPicture', (t) =>
  t.field({
    type: NationalPictureRef,
    description:
      "Every area's latest published inspection on a framework, with each criterion across the areas: published figures only.",
    args: {
      frameworkKey: t.arg.string({ required: true, description: 'The framework, e.g. esi.' }),
      subsample: t.arg.string({
        defaultValue: 'ALL',
        description: `'ALL' or a subsample key such as ${HIGH_RISK_OF_HARM.key}.`,
      }),
    },
    resolve: async (_root, { frameworkKey, subsample }, ctx) => {
      const key = subsample ?? WHOLE_SAMPLE;
      await checkPictureArguments(ctx.prisma, ctx.frameworks, frameworkKey, key);
      return loadNationalPicture(ctx.prisma, ctx.frameworks, frameworkKey, key);
    },
  }),
);
