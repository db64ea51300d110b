// The signed-in person as the app's frame knows them: what every page and the account menu read.
import type { ResultOf } from '@scrutiny/graphql-client';
import type { ViewerQuery } from '../documents.ts';

export type Viewer = NonNullable<ResultOf<typeof ViewerQuery>['viewer']>;
