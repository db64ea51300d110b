// The facts of a case file that decide which of the framework's questions apply, with its named flags and dates.
import type { CaseFacts } from '@scrutiny/domain';
import { builder } from '../../builder.ts';

export const RiskOfHarmEnum = builder.enumType('RiskOfHarm', {
  values: ['LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH'] as const,
});
const CaseFlagRef = builder.objectRef<{ name: string; value: boolean }>('CaseFlag').implement({
  fields: (t) => ({ name: t.exposeString('name'), value: t.exposeBoolean('value') }),
});
const CaseDateRef = builder.objectRef<{ name: string; date: string }>('CaseDate').implement({
  fields: (t) => ({ name: t.exposeString('name'), date: t.expose('date', { type: 'Date' }) }),
});

export const CaseFactsRef = builder.objectRef<CaseFacts>('CaseFacts').implement({
  description: 'The facts of a case file that decide which questions apply.',
  fields: (t) => ({
    reference: t.exposeString('reference'),
    orderType: t.exposeString('orderType'),
    riskOfHarm: t.expose('riskOfHarm', { type: RiskOfHarmEnum }),
    mappaCategory: t.exposeInt('mappaCategory', { nullable: true }),
    mappaLevel: t.exposeInt('mappaLevel', { nullable: true }),
    district: t.exposeString('district', { nullable: true }),
    sex: t.exposeString('sex', { nullable: true }),
    dates: t.field({
      type: [CaseDateRef],
      resolve: (f) => Object.entries(f.dates).map(([name, date]) => ({ name, date })),
    }),
    reviewDates: t.field({ type: ['Date'], resolve: (f) => f.reviewDates }),
    flags: t.field({
      type: [CaseFlagRef],
      resolve: (f) => Object.entries(f.flags).map(([name, value]) => ({ name, value })),
    }),
  }),
});
