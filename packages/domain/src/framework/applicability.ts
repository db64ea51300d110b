// Where a question applies and what a subsample holds are both declarative conditions over case facts,
// so a frozen framework version keeps meaning the same thing years later.
import type { CaseFacts, Condition, FactName, Subsample } from './model.ts';

function factValue(facts: CaseFacts, fact: FactName): string | number | null {
  switch (fact) {
    case 'riskOfHarm':
      return facts.riskOfHarm;
    case 'orderType':
      return facts.orderType;
    case 'mappaCategory':
      return facts.mappaCategory;
    case 'mappaLevel':
      return facts.mappaLevel;
    case 'district':
      return facts.district;
    case 'sex':
      return facts.sex;
  }
}

/** Whether the condition holds for the case. A fact that is not known (null) is in no list. */
export function appliesTo(condition: Condition, facts: CaseFacts): boolean {
  if ('always' in condition) return true;
  if ('fact' in condition) {
    const value = factValue(facts, condition.fact);
    return value !== null && condition.in.includes(value);
  }
  if ('flag' in condition) return facts.flags[condition.flag] === true;
  if ('hasDate' in condition) {
    const date = facts.dates[condition.hasDate];
    return date !== undefined && date !== '';
  }
  if ('all' in condition) return condition.all.every((part) => appliesTo(part, facts));
  if ('any' in condition) return condition.any.some((part) => appliesTo(part, facts));
  return !appliesTo(condition.not, facts);
}

/** The subsample the inspectorate reports beside every figure: high and very high risk of harm cases. */
export const HIGH_RISK_OF_HARM: Subsample = {
  key: 'HIGH_RISK_OF_HARM',
  label: 'High or very high risk of harm',
  condition: { fact: 'riskOfHarm', in: ['HIGH', 'VERY_HIGH'] },
};
