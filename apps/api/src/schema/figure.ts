// What every figure (a criterion score or a measure result) shares: whose it is, its stable id, its percentage as
// the report prints it, whether its interval straddles a rating band, and whether disclosure control withheld it.
import {
  bandThresholds,
  printedPercentage,
  publishedFigureId,
  straddlesBand,
  type FrameworkDefinition,
  type Interval,
} from '@scrutiny/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import type { ObjectFields } from './field-builders.ts';

/** Whose figure it is: the inspection (its database id) and the framework version it was judged against. */
export interface FigureOwner {
  inspectionId: string;
  framework: {
    key: string;
    version: string;
    ratingBands?: readonly { from: number }[];
    criteria?: FrameworkDefinition['criteria'];
  };
}

export type Owned<T> = T & { owner: FigureOwner };

export function figureIdOf(owner: FigureOwner, kind: 'CRITERION' | 'MEASURE', key: string, subsample: string): string {
  return publishedFigureId({
    inspectionId: encodeGlobalID('Inspection', owner.inspectionId),
    frameworkKey: owner.framework.key,
    frameworkVersion: owner.framework.version,
    kind,
    key,
    subsample,
  });
}

export const FIGURE_ID =
  "The figure's stable identifier, the same in every open-data file (`figure_id`): " +
  '`<inspection id>|<framework key>@<version>|<CRITERION or MEASURE>|<code or key>|<subsample>`.';
export const PRINTED =
  'The percentage as the report prints it: a whole number, halves rounded up; null when there is none.';
const STRADDLES =
  "The 95% interval reaches across a rating band threshold, so the figure's band is uncertain; null when the " +
  'framework declares no bands.';

export const FigureKindEnum = builder.enumType('FigureKind', { values: ['CRITERION', 'MEASURE'] as const });

const SUPPRESSED =
  'Withheld from public outputs by statistical disclosure control: fewer than 5 applicable cases could identify a ' +
  'person, so the percentage, counts and interval are null.';

/** The fields a criterion score and a measure result share, worded the same for both. */
export function figureFields<
  T extends Owned<{
    key: string;
    subsample: string;
    percentage: number | null;
    interval: Interval | null;
    suppressed: boolean;
  }>,
>(t: ObjectFields<T>, kind: 'CRITERION' | 'MEASURE') {
  return {
    figureId: t.string({ description: FIGURE_ID, resolve: (f) => figureIdOf(f.owner, kind, f.key, f.subsample) }),
    percentagePrinted: t.int({ nullable: true, description: PRINTED, resolve: (f) => printedPercentage(f.percentage) }),
    straddlesBand: t.boolean({
      nullable: true,
      description: STRADDLES,
      resolve: (f) => straddlesBand(f.interval, bandThresholds(f.owner.framework.ratingBands)),
    }),
    suppressed: t.boolean({ description: SUPPRESSED, resolve: (f) => f.suppressed }),
  };
}
