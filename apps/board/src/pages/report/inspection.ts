// The inspection the report page reads, as the report query gives it.
import type { ResultOf } from '@scrutiny/graphql-client';
import type { ReportQuery } from '../../queries.ts';

export type Inspection = NonNullable<ResultOf<typeof ReportQuery>['inspection']>;
