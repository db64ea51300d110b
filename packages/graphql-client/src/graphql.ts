// Typed documents: `graphql(...)` checks each query against apps/api/schema.graphql and infers its result type.
// The schema's types are generated into graphql-env.d.ts by `gql.tada generate output` (turbo's generate task).
import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { DateTime: string; Date: string; JSON: unknown; ID: string };
}>();

export type { FragmentOf, ResultOf, TadaDocumentNode, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';
