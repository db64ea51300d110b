// Which documents read only what is the same for every caller (issue 23): the national picture is kept per generation
// for everyone (services/kept-national-pictures.ts) and holds published, disclosure-controlled figures only, so an
// answer that selects nothing but the fields below is the same whoever asks. Such an answer may be shared by
// signed-in readers too (the inspectorate, assessors), whose other answers are never shared. A field is listed here
// only if its value depends on its parent alone: no access check, no viewer, no data the picture does not hold.
import {
  getNamedType,
  getOperationAST,
  isLeafType,
  isObjectType,
  Kind,
  parse,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { DOCUMENT_LIMITS } from '../armor/limits.ts';

/** By type, the fields whose value is the same for every caller (given the parent, itself the same for all). */
const SAME_FOR_EVERY_CALLER: Readonly<Record<string, ReadonlySet<string>>> = {
  Query: new Set(['nationalPicture']),
  NationalPicture: new Set(['frameworkKey', 'subsample', 'areas', 'groups']),
  NationalPictureArea: new Set(['area', 'inspection', 'basis', 'criterionScores']),
  NationalPictureGroup: new Set(['apartBecause', 'areas', 'basis', 'criteria', 'heading', 'ofAreas']),
  NationalCriterion: new Set([
    'areas',
    'code',
    'highest',
    'lowest',
    'median',
    'pooledApplicable',
    'pooledMet',
    'pooledPercentage',
    'standing',
    'title',
  ]),
  Standing: new Set(['position', 'of']),
  ComparisonBasis: new Set([
    'adjustedBaseline',
    'frameworkKey',
    'frameworkVersion',
    'kind',
    'offenderInterviews',
    'questionSetKey',
    'questionSetLabel',
  ]),
  CriterionScore: new Set([
    'adjusted',
    'applicable',
    'code',
    'figureId',
    'interval',
    'met',
    'notComputedReason',
    'percentage',
    'percentagePrinted',
    'rule',
    'smallDenominator',
    'straddlesBand',
    'subsample',
    'suppressed',
    'title',
  ]),
  Interval: new Set(['low', 'high']),
  // An area's own facts; not its inspections (which depend on who asks) nor anything read beside the picture.
  Area: new Set(['id', 'code', 'name', 'region', 'retired', 'size', 'density']),
  // The picture's inspections are published ones, which everyone may see (access/checks.ts canSeeInspection).
  Inspection: new Set(['id', 'year', 'title', 'kind', 'published', 'publishedAt']),
};

/** Conditions that select, never change, a field: anything else (e.g. a custom directive) is not decided here. */
const SELECTING_DIRECTIVES = new Set(['include', 'skip']);

const MAX_REMEMBERED = 1000;
const MAX_REMEMBERED_LENGTH = 64 * 1024;
const decided = new WeakMap<GraphQLSchema, Map<string, boolean>>();

/** Whether the document is a query whose answer is the same for every caller (decided once per text). */
export function isViewerIndependentRead(
  schema: GraphQLSchema,
  documentText: string,
  operationName: string | null | undefined,
): boolean {
  let known = decided.get(schema);
  if (!known) decided.set(schema, (known = new Map()));
  const key = `${operationName ?? ''}\u0000${documentText}`;
  let independent = known.get(key);
  if (independent === undefined) {
    independent = decide(schema, documentText, operationName);
    if (documentText.length <= MAX_REMEMBERED_LENGTH) {
      if (known.size >= MAX_REMEMBERED) known.clear();
      known.set(key, independent);
    }
  }
  return independent;
}

function decide(schema: GraphQLSchema, documentText: string, operationName: string | null | undefined): boolean {
  let document;
  try {
    document = parse(documentText, { noLocation: true, maxTokens: DOCUMENT_LIMITS.tokens });
  } catch {
    return false;
  }
  const operation = getOperationAST(document, operationName ?? undefined);
  const query = schema.getQueryType();
  if (!operation || operation.operation !== 'query' || !query || operation.directives?.length) return false;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  return selectsOnlyShared(operation.selectionSet, query, fragments, new Set());
}

function selectsOnlyShared(
  selectionSet: SelectionSetNode,
  parent: GraphQLObjectType,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  spreading: ReadonlySet<string>,
): boolean {
  const shared = SAME_FOR_EVERY_CALLER[parent.name];
  return selectionSet.selections.every((selection) => {
    if (selection.directives?.some((d) => !SELECTING_DIRECTIVES.has(d.name.value))) return false;
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition?.name.value;
      return (
        (on === undefined || on === parent.name) &&
        selectsOnlyShared(selection.selectionSet, parent, fragments, spreading)
      );
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // A cycle of fragments is refused by validation; here it is simply not shared.
      if (!fragment || spreading.has(name) || fragment.typeCondition.name.value !== parent.name) return false;
      return selectsOnlyShared(fragment.selectionSet, parent, fragments, new Set([...spreading, name]));
    }
    const name = selection.name.value;
    // The root's __typename is "Query" for everyone; below it, the object's own type name.
    if (name === '__typename') return true;
    if (!shared?.has(name)) return false;
    const field = parent.getFields()[name];
    if (!field) return false;
    const type = getNamedType(field.type);
    if (isLeafType(type)) return selection.selectionSet === undefined;
    if (!isObjectType(type) || !selection.selectionSet) return false;
    return selectsOnlyShared(selection.selectionSet, type, fragments, spreading);
  });
}
