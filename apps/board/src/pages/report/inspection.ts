// The inspection the report page reads, as the report query gives it, and what the page asks that query for.
import { HIGH_RISK_OF_HARM } from '@scrutiny/domain';
import type { ResultOf, VariablesOf } from '@scrutiny/graphql-client';
import type { ReportQuery } from '../../queries.ts';

export type Inspection = NonNullable<ResultOf<typeof ReportQuery>['inspection']>;

/** The report page shows the high-risk subsample beside the whole sample, and the sections plugins add. */
export function reportVariables(id: string): VariablesOf<typeof ReportQuery> {
  return { id, subsample: HIGH_RISK_OF_HARM.key, pluginSections: true };
}
