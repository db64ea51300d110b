import { areas, comparisonGroups, demoAccounts, referenceInspections } from '@scrutiny/reference-data';
import type { SeedData } from './seed-reference.ts';

/** The West Midlands reference inspections with the demo peers, accounts and in-progress inspection. */
export function referenceSeed(): SeedData {
  return { comparisonGroups, areas, accounts: demoAccounts, inspections: referenceInspections };
}
