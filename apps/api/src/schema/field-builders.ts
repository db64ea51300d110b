// The types of Pothos's field builders for this schema, for a helper that adds the same fields to several types or
// inputs.
import type { builder } from '../builder.ts';

type Types = typeof builder.$inferSchemaTypes;

/** `t` of an object type whose resolvers receive `Parent`. */
export type ObjectFields<Parent> = PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>;

/** `t.input` of a mutation's input. */
export type InputFields = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;
