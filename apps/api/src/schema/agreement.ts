// How far assessors and inspectors agreed on one question or for one assessor (kappa, or why there is none).
import { type Agreement } from '@scrutiny/domain';
import { builder } from '../builder.ts';

const KappaUndefinedEnum = builder.enumType('KappaUndefined', {
  values: {
    NO_PAIRS: { description: 'No second-marked answer has been compared yet.' },
    NO_VARIATION: {
      description:
        'Both raters gave one and the same answer throughout: agreement is complete, but kappa is 0/0 and says nothing.',
    },
  } as const,
});

export const AgreementRef = builder.objectRef<Agreement & { key: string; label: string }>('Agreement').implement({
  description: "Agreement between assessors and validating inspectors: percentage agreement and Cohen's kappa.",
  fields: (t) => ({
    key: t.exposeString('key', { description: 'ALL, a measure key, or an assessor’s user id.' }),
    label: t.exposeString('label', { description: 'The question’s text or the assessor’s name.' }),
    pairs: t.exposeInt('pairs', { description: 'Paired answers (assessor and inspector) compared.' }),
    agreed: t.exposeInt('agreed'),
    percentage: t.exposeFloat('percentage', { nullable: true }),
    chancePercentage: t.exposeFloat('chancePercentage', {
      nullable: true,
      description: 'The agreement expected by chance from each rater’s spread of answers.',
    }),
    kappa: t.exposeFloat('kappa', { nullable: true, description: 'Null when undefined: see kappaUndefined.' }),
    kappaUndefined: t.expose('kappaUndefined', { type: KappaUndefinedEnum, nullable: true }),
    fewPairs: t.exposeBoolean('fewPairs', { description: 'Fewer than 5 paired answers: read with care.' }),
  }),
});
