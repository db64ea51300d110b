// A schema extension: how many sampled case files an inspection holds at each level of risk of harm. Counts only,
// never a case, so it may go to anyone signed in; anonymous readers of a published report do not get it.
import type { CaseFileSummary, SchemaExtension } from '@scrutiny/plugin-sdk';

/** Highest risk first, as the reports list them. */
export const RISK_LEVELS: readonly CaseFileSummary['riskOfHarm'][] = ['VERY_HIGH', 'HIGH', 'MEDIUM', 'LOW'];

export interface CaseFileRiskCount {
  riskOfHarm: CaseFileSummary['riskOfHarm'];
  caseFiles: number;
}

/** Case files in the sample (not reserves, not replaced ones) at each level, every level listed, zeros included. */
export function countByRisk(caseFiles: readonly CaseFileSummary[]): CaseFileRiskCount[] {
  const sampled = caseFiles.filter((caseFile) => caseFile.sampleRole === 'SAMPLE');
  return RISK_LEVELS.map((riskOfHarm) => ({
    riskOfHarm,
    caseFiles: sampled.filter((caseFile) => caseFile.riskOfHarm === riskOfHarm).length,
  }));
}

// Own types carry the plugin's prefix-free but specific name; `RiskOfHarm` is the host's enum, reused.
const typeDefs = /* GraphQL */ `
  "Sampled case files at one level of risk of harm (from @scrutiny/plugin-template)."
  type CaseFileRiskCount {
    riskOfHarm: RiskOfHarm!
    caseFiles: Int!
  }

  extend type Inspection {
    "Sampled case files by risk of harm, highest first; signed-in users only (from @scrutiny/plugin-template)."
    caseFileCountByRisk: [CaseFileRiskCount!]
  }
`;

export const caseFilesByRisk: SchemaExtension = (host) => ({
  typeDefs,
  fields: {
    Inspection: {
      caseFileCountByRisk: {
        access: host.access.signedIn,
        resolve: async (inspection, _args, context) => countByRisk(await context.caseFileSummaries(inspection.id)),
      },
    },
  },
});
