// Walks every input value an operation carries, by its GraphQL type, before the operation runs: the literal
// arguments of its fields and directives (in its fragments too) and, where an argument names a variable, the
// variable's value as the client sent it (or its default). Rules that hold for every input, whatever the field
// (the longest list, no NUL character), check here once instead of in each resolver.
import type { GraphQLInputObjectType } from 'graphql';
import {
  getNullableType,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
  type VariableDefinitionNode,
} from 'graphql';

/** Where an input value is: `Query.nodes.ids`, or an input object's field, `MutationCreateInspectionInput.title`. */
export type InputCoordinate = string;

export interface InputVisitor {
  /** A list of `length` items at `coordinate`, seen before any of its items; throw to refuse the request. */
  list?(length: number, coordinate: InputCoordinate): void;
  /** A text value (String, ID, or any custom scalar's text); throw to refuse the request. */
  string?(value: string, coordinate: InputCoordinate): void;
  /** A list argument of a field that returns a list (`nodes(ids:)`): one item back for each item sent. */
  listOfItemsArgument?(field: FieldNode, length: number): void;
}

/** Input objects nest no deeper than this (no type here comes close); deeper is refused by the caller's visitor. */
const MAX_NESTING = 32;

export class InputTooDeepError extends Error {}

export function walkInputValues(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variableValues: Readonly<Record<string, unknown>> | null | undefined,
  visitor: InputVisitor,
): void {
  const variables = new Map<string, VariableDefinitionNode>(
    (operation.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, definition]),
  );
  const sent = variableValues ?? {};

  const walkJson = (type: GraphQLInputType, value: unknown, coordinate: string, depth: number): void => {
    if (depth > MAX_NESTING) throw new InputTooDeepError(coordinate);
    if (value === null || value === undefined) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      const items = Array.isArray(value) ? value : [value];
      if (Array.isArray(value)) visitor.list?.(value.length, coordinate);
      for (const item of items) walkJson(nullable.ofType as GraphQLInputType, item, coordinate, depth + 1);
      return;
    }
    if (isInputObjectType(nullable)) {
      if (typeof value !== 'object' || Array.isArray(value)) return;
      walkObjectFields(nullable, Object.entries(value), (fieldType, fieldValue, at) =>
        walkJson(fieldType, fieldValue, at, depth + 1),
      );
      return;
    }
    walkScalarJson(value, coordinate, depth);
  };

  // A custom scalar's value may be any JSON: each text in it (keys too) is a text input.
  const walkScalarJson = (value: unknown, coordinate: string, depth: number): void => {
    if (depth > MAX_NESTING) throw new InputTooDeepError(coordinate);
    if (typeof value === 'string') visitor.string?.(value, coordinate);
    else if (Array.isArray(value)) for (const item of value) walkScalarJson(item, coordinate, depth + 1);
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) {
        visitor.string?.(key, coordinate);
        walkScalarJson(item, coordinate, depth + 1);
      }
  };

  const walkObjectFields = <T>(
    type: GraphQLInputObjectType,
    entries: Iterable<[string, T]>,
    walk: (fieldType: GraphQLInputType, value: T, coordinate: string) => void,
  ) => {
    const fields = type.getFields();
    for (const [name, value] of entries) {
      const field = fields[name];
      if (field) walk(field.type, value, `${type.name}.${name}`);
    }
  };

  const walkLiteral = (type: GraphQLInputType, node: ValueNode, coordinate: string, depth: number): void => {
    if (depth > MAX_NESTING) throw new InputTooDeepError(coordinate);
    if (node.kind === Kind.VARIABLE) {
      const name = node.name.value;
      if (Object.hasOwn(sent, name)) walkJson(type, sent[name], coordinate, depth);
      else {
        const fallback = variables.get(name)?.defaultValue;
        if (fallback) walkLiteral(type, fallback, coordinate, depth);
      }
      return;
    }
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      const itemType = nullable.ofType as GraphQLInputType;
      if (node.kind === Kind.LIST) {
        visitor.list?.(node.values.length, coordinate);
        for (const item of node.values) walkLiteral(itemType, item, coordinate, depth + 1);
      } else walkLiteral(itemType, node, coordinate, depth + 1);
      return;
    }
    if (isInputObjectType(nullable)) {
      if (node.kind !== Kind.OBJECT) return;
      walkObjectFields(
        nullable,
        node.fields.map((field) => [field.name.value, field.value] as [string, ValueNode]),
        (fieldType, value, at) => walkLiteral(fieldType, value, at, depth + 1),
      );
      return;
    }
    walkScalarLiteral(node, coordinate, depth);
  };

  const walkScalarLiteral = (node: ValueNode, coordinate: string, depth: number): void => {
    if (depth > MAX_NESTING) throw new InputTooDeepError(coordinate);
    if (node.kind === Kind.STRING) visitor.string?.(node.value, coordinate);
    else if (node.kind === Kind.LIST) for (const item of node.values) walkScalarLiteral(item, coordinate, depth + 1);
    else if (node.kind === Kind.OBJECT)
      for (const field of node.fields) {
        visitor.string?.(field.name.value, coordinate);
        walkScalarLiteral(field.value, coordinate, depth + 1);
      }
    else if (node.kind === Kind.VARIABLE && Object.hasOwn(sent, node.name.value))
      walkScalarJson(sent[node.name.value], coordinate, depth);
  };

  for (const site of argumentSites(schema, document, operation)) {
    const { argument, node, coordinate, field } = site;
    walkLiteral(argument.type, node.value, coordinate, 0);
    if (field && visitor.listOfItemsArgument && isListType(getNullableType(argument.type))) {
      const length = listLength(node.value, sent);
      if (length !== null && isListType(getNullableType(field.definition.type)))
        visitor.listOfItemsArgument(field.node, length);
    }
  }
}

/** One argument as written in a document, with what the schema says it takes, and the field it belongs to. */
interface ArgumentSite {
  argument: GraphQLArgument;
  node: ArgumentNode;
  coordinate: InputCoordinate;
  field?: { definition: GraphQLField<unknown, unknown>; node: FieldNode };
}

// Where a document's arguments are depends on the document alone: found once per operation (yoga keeps one parsed
// document per text), so a request walks only its values, not the whole document with the schema's type info.
const sitesBySchema = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, readonly ArgumentSite[]>>();

function argumentSites(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): readonly ArgumentSite[] {
  let byOperation = sitesBySchema.get(schema);
  if (!byOperation) sitesBySchema.set(schema, (byOperation = new WeakMap()));
  const known = byOperation.get(operation);
  // Fragments are read from the document: an operation node is only ever reused with the document it came from.
  if (known) return known;
  const sites: ArgumentSite[] = [];
  const collect = (
    owner: string,
    definitions: readonly GraphQLArgument[],
    nodes: readonly ArgumentNode[] | undefined,
    field?: ArgumentSite['field'],
  ) => {
    for (const node of nodes ?? []) {
      const argument = definitions.find((definition) => definition.name === node.name.value);
      if (argument) sites.push({ argument, node, coordinate: `${owner}.${argument.name}`, field });
    }
  };
  const typeInfo = new TypeInfo(schema);
  const visitArguments = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const definition = typeInfo.getFieldDef();
      if (definition)
        collect(`${typeInfo.getParentType()?.name ?? '?'}.${definition.name}`, definition.args, node.arguments, {
          definition,
          node,
        });
    },
    Directive(node) {
      const directive = typeInfo.getDirective();
      if (directive) collect(`@${directive.name}`, directive.args, node.arguments);
      return false;
    },
  });
  visit(operation, visitArguments);
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) visit(definition, visitArguments);
  byOperation.set(operation, sites);
  return sites;
}

/** The number of items a list argument carries, literal or through a variable; null when it is not a list. */
function listLength(node: ValueNode, sent: Readonly<Record<string, unknown>>): number | null {
  if (node.kind === Kind.LIST) return node.values.length;
  if (node.kind === Kind.VARIABLE) {
    const value = sent[node.name.value];
    return Array.isArray(value) ? value.length : null;
  }
  return null;
}
