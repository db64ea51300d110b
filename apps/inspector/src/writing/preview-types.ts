// What the report preview reads: the draft inspection as ReportPreviewQuery gives it.
import type { ResultOf } from '@scrutiny/graphql-client';
import type { ReportPreviewQuery } from './documents.ts';

export type PreviewInspection = NonNullable<ResultOf<typeof ReportPreviewQuery>['inspection']>;
