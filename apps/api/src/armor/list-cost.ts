// What the lists an operation sends add to its cost. graphql-armor counts a document's fields (and `first`/`last`
// literals) but not its list arguments: each item sent is one unit here, and a list argument of a field that returns
// a list (`nodes(ids:)`: one object back for each id) repeats the field's selection once for each item.
import {
  getOperationAST,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { COST_WEIGHTS } from './cost-tiers.ts';
import { walkInputValues } from './input-values.ts';

interface Operation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: Readonly<Record<string, unknown>> | null;
}

export function listArgumentsCost(args: Operation): number {
  const operation = getOperationAST(args.document, args.operationName ?? undefined);
  if (!operation) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of args.document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const selectionCost = selectionCostIn(fragments);
  let cost = 0;
  walkInputValues(args.schema, args.document, operation, args.variableValues, {
    list(length) {
      cost += length * COST_WEIGHTS.scalarCost;
    },
    listOfItemsArgument(field, length) {
      cost += Math.max(0, length - 1) * selectionCost(field);
    },
  });
  return Math.ceil(cost);
}

/** A field's cost by graphql-armor's weights (objects, scalars, a factor per level); fragments counted once each. */
function selectionCostIn(fragments: ReadonlyMap<string, FragmentDefinitionNode>) {
  const { objectCost, scalarCost, depthCostFactor } = COST_WEIGHTS;
  const fragmentCosts = new Map<string, number>();
  const setCost = (set: SelectionSetNode): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) cost += fieldCost(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) cost += setCost(selection.selectionSet);
      else {
        const name = selection.name.value;
        if (!fragmentCosts.has(name)) {
          // Validation refused cycles before this runs; the placeholder keeps a bad document from looping anyway.
          fragmentCosts.set(name, 0);
          const fragment = fragments.get(name);
          fragmentCosts.set(name, fragment ? setCost(fragment.selectionSet) : 0);
        }
        cost += fragmentCosts.get(name) ?? 0;
      }
    }
    return cost;
  };
  const fieldCost = (field: FieldNode): number =>
    field.selectionSet ? objectCost + depthCostFactor * setCost(field.selectionSet) : scalarCost;
  return fieldCost;
}
