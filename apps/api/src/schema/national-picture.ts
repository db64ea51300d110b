// The national picture: every area's latest published scores on a framework, and each criterion across the areas.
// Published aggregates only, so anyone may read it.
import { HIGH_RISK_OF_HARM, WHOLE_SAMPLE } from '@scrutiny/domain';
import { builder } from '../builder.ts';
import {
  standingOfArea,
  type NationalCriterion,
  type NationalPicture,
  type NationalPictureArea,
  type NationalPictureGroup,
} from '../services/national-picture.ts';
import type { ComparisonBasis } from '@scrutiny/domain';
import { AreaRef } from './area/type.ts';
import { InspectionKindEnum, InspectionRef } from './inspection/type.ts';
import { CriterionScoreRef, type FigureOwner } from './scores.ts';

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

type OwnedScore = NationalPictureArea['criterionScores'][number] & { owner: FigureOwner };
const ownedScores = new WeakMap<NationalPictureArea, Promise<OwnedScore[]>>();

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
      resolve: (row, _args, ctx) => {
        // The picture is kept between requests, and so are its rows' scores with their owner, made once per row.
        let owned = ownedScores.get(row);
        if (!owned) {
          const inspection = row.inspection;
          owned = inspection
            ? ctx.frameworks.definition(inspection.frameworkId).then((framework) => {
                const owner = { inspectionId: inspection.id, framework };
                return row.criterionScores.map((score) => ({ ...score, owner }));
              })
            : Promise.resolve([]);
          ownedScores.set(row, owned);
          owned.catch(() => ownedScores.delete(row));
        }
        return owned;
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
      // Kept per process until the next publication (or change of an area): see services/kept-national-pictures.ts.
      return ctx.nationalPictures.picture(frameworkKey, subsample ?? WHOLE_SAMPLE);
    },
  }),
);
