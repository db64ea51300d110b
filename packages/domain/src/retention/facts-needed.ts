// What of a case file's facts the framework's rules read: where questions apply, what the subsamples hold, which
// dates the derived answers use, and the fact naming a local unit. Erasing a case file keeps these and drops the rest.
import type { Condition, FactName, FrameworkDefinition } from '../framework/model.ts';

export interface FactsNeeded {
  /** Top-level facts (riskOfHarm, orderType, ...). */
  facts: FactName[];
  flags: string[];
  dates: string[];
  reviewDates: boolean;
}

function visit(condition: Condition, into: { facts: Set<FactName>; flags: Set<string>; dates: Set<string> }): void {
  if ('fact' in condition) into.facts.add(condition.fact);
  else if ('flag' in condition) into.flags.add(condition.flag);
  else if ('hasDate' in condition) into.dates.add(condition.hasDate);
  else if ('all' in condition) for (const c of condition.all) visit(c, into);
  else if ('any' in condition) for (const c of condition.any) visit(c, into);
  else if ('not' in condition) visit(condition.not, into);
}

export function factsNeededBy(framework: FrameworkDefinition): FactsNeeded {
  // The risk of harm is always kept: the case file's own column holds it, and the high risk subsample reads it.
  const into = { facts: new Set<FactName>(['riskOfHarm']), flags: new Set<string>(), dates: new Set<string>() };
  let reviewDates = false;
  for (const measure of framework.measures) {
    visit(measure.applicability, into);
    const rule = measure.derivation?.rule;
    if (rule?.kind === 'withinWorkingDays') {
      into.dates.add(rule.from);
      into.dates.add(rule.to);
    } else if (rule?.kind === 'reviewedEveryWeeks') {
      into.dates.add(rule.from);
      into.dates.add(rule.until);
      reviewDates = true;
    }
  }
  for (const subsample of framework.subsamples) visit(subsample.condition, into);
  if (framework.ratings?.unitFact) into.facts.add(framework.ratings.unitFact);
  return {
    facts: [...into.facts].sort(),
    flags: [...into.flags].sort(),
    dates: [...into.dates].sort(),
    reviewDates,
  };
}
