// Merges the loaded plugins' schema extensions into the schema Pothos built, one plugin after another, so a clash
// with the host or with an earlier plugin is caught. A plugin whose extension throws, returns something malformed,
// writes invalid SDL, redefines a type or field, leaves a field without a resolver, or would not build, stops the
// start with a message naming it: serving half a plugin would be worse than not starting.
import {
  Kind,
  extendSchema,
  isNonNullType,
  isObjectType,
  parse,
  validateSchema,
  type DocumentNode,
  type GraphQLSchema,
  type GraphQLFieldResolver,
} from 'graphql';
import {
  grants,
  HOST_TYPES,
  PLATFORM_VERSION,
  schemaExtensionHost,
  schemaExtensionProblems,
  type CaseFileSummary,
  type ExtensionContext,
  type ExtensionField,
  type HostTypeName,
  type HostTypes,
  type SchemaExtensionDefinition,
} from '@scrutiny/plugin-sdk';
import { authScopesFor } from '../access/scopes.ts';
import type { Context } from '../context.ts';
import { toGraphQLError } from '../schema/service-errors-plugin.ts';
import { ForbiddenError, UnauthenticatedError } from '../services/errors.ts';
import type { LoadedPlugin } from './load-plugins.ts';
import { PluginStartError } from './load-plugins.ts';

const ALLOWED_DEFINITIONS = new Set<string>([
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.ENUM_TYPE_DEFINITION,
  Kind.INPUT_OBJECT_TYPE_DEFINITION,
  Kind.OBJECT_TYPE_EXTENSION,
]);

interface HostRow {
  id: string;
  areaId?: string;
  year?: number;
  title?: string;
  kind?: HostTypes['Inspection']['kind'];
  status?: string;
  code?: string;
  name?: string;
}

/** The host's row narrowed to the public shape the SDK promises, so a plugin never depends on Prisma's. */
const narrow: { [T in HostTypeName]: (row: HostRow) => HostTypes[T] } = {
  Inspection: (row) => ({
    id: row.id,
    areaId: row.areaId ?? '',
    year: row.year ?? 0,
    title: row.title ?? '',
    kind: row.kind ?? 'FULL',
    status: row.status ?? '',
    published: row.status === 'PUBLISHED',
  }),
  Area: (row) => ({ id: row.id, code: row.code ?? '', name: row.name ?? '' }),
  Query: () => ({}),
};

type Summaries = readonly CaseFileSummary[];

/**
 * One query for every inspection whose summaries a request asks for in the same tick (a list of inspections asks
 * for each of its items at once), so a plugin field on a list costs one statement, not one per item.
 */
function summaryLoader(ctx: Context): (inspectionId: string) => Promise<Summaries> {
  const loaded = new Map<string, Promise<Summaries>>();
  let pending: { id: string; settle: (rows: Summaries) => void; fail: (error: unknown) => void }[] = [];
  const flush = async () => {
    const batch = pending;
    pending = [];
    try {
      const rows = await ctx.prisma.caseFile.findMany({
        where: { inspectionId: { in: [...new Set(batch.map((item) => item.id))] } },
        select: { inspectionId: true, riskOfHarm: true, status: true, sampleRole: true },
      });
      for (const item of batch)
        item.settle(
          rows
            .filter((row) => row.inspectionId === item.id)
            .map(({ riskOfHarm, status, sampleRole }) => ({ riskOfHarm, status, sampleRole })),
        );
    } catch (error) {
      for (const item of batch) item.fail(error);
    }
  };
  return (inspectionId) => {
    const known = loaded.get(inspectionId);
    if (known) return known;
    const promise = new Promise<Summaries>((settle, fail) => {
      if (pending.length === 0) setImmediate(() => void flush());
      pending.push({ id: inspectionId, settle, fail });
    });
    loaded.set(inspectionId, promise);
    return promise;
  };
}

const contexts = new WeakMap<Context, ExtensionContext>();

/** The handle a plugin's resolvers get: one per request, so its reads are batched and cached for that request. */
function extensionContext(ctx: Context): ExtensionContext {
  let context = contexts.get(ctx);
  if (!context) {
    context = {
      viewer: ctx.viewer ? { id: ctx.viewer.id, role: ctx.viewer.role, areaId: ctx.viewer.areaId } : null,
      caseFileSummaries: summaryLoader(ctx),
    };
    contexts.set(ctx, context);
  }
  return context;
}

/** The field's resolver behind the host's own authorization: the same scopes and typed errors as every host field. */
function guarded(type: HostTypeName, field: ExtensionField<never>): GraphQLFieldResolver<unknown, Context> {
  return (source, args, ctx) => {
    const scopes = authScopesFor(ctx.viewer);
    const allowed = grants(field.access, {
      signedIn: scopes.signedIn,
      readsCaseContent: scopes.readsCaseContent,
      role: ctx.viewer?.role ?? null,
    });
    // Refused as a host field is: the typed error the schema maps every service's refusal to.
    if (!allowed) throw toGraphQLError(ctx.viewer ? new ForbiddenError() : new UnauthenticatedError());
    const parent = narrow[type]((source ?? { id: '' }) as HostRow) as never;
    return field.resolve(parent, args, extensionContext(ctx));
  };
}

function refuse(plugin: LoadedPlugin, problem: string): never {
  throw new PluginStartError(`Refusing to start: plugin ${plugin.name} ${plugin.version} ${problem}`);
}

function definitionOf(plugin: LoadedPlugin): SchemaExtensionDefinition {
  let definition: unknown;
  try {
    definition = plugin.extendSchema!(schemaExtensionHost(PLATFORM_VERSION));
  } catch (error) {
    refuse(plugin, `failed while extending the schema: ${(error as Error).message}`);
  }
  const problems = schemaExtensionProblems(definition);
  if (problems.length > 0) refuse(plugin, `returned a schema extension that is not valid: ${problems.join('; ')}`);
  return definition as SchemaExtensionDefinition;
}

function documentOf(plugin: LoadedPlugin, typeDefs: string): DocumentNode {
  let document: DocumentNode;
  try {
    document = parse(typeDefs);
  } catch (error) {
    refuse(plugin, `has SDL that does not parse: ${(error as Error).message}`);
  }
  for (const node of document.definitions) {
    if (!ALLOWED_DEFINITIONS.has(node.kind))
      refuse(plugin, `may add object, enum and input types and extend host types, not a ${node.kind}`);
    if (node.kind === Kind.OBJECT_TYPE_EXTENSION && !(HOST_TYPES as readonly string[]).includes(node.name.value))
      refuse(plugin, `extends type ${node.name.value}; plugins may extend only ${HOST_TYPES.join(', ')}`);
  }
  return document;
}

/** The fields the document adds to each host type, by type. */
function addedHostFields(document: DocumentNode): Map<HostTypeName, string[]> {
  const added = new Map<HostTypeName, string[]>();
  for (const node of document.definitions) {
    if (node.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const type = node.name.value as HostTypeName;
    added.set(type, [...(added.get(type) ?? []), ...(node.fields ?? []).map((field) => field.name.value)]);
  }
  return added;
}

function extendWith(schema: GraphQLSchema, plugin: LoadedPlugin): GraphQLSchema {
  const definition = definitionOf(plugin);
  const document = documentOf(plugin, definition.typeDefs);
  let extended: GraphQLSchema;
  try {
    // Validates the SDL against the schema so far: a type or field that already exists is refused here.
    extended = extendSchema(schema, document);
  } catch (error) {
    refuse(plugin, `breaks the schema: ${(error as Error).message}`);
  }

  const added = addedHostFields(document);
  for (const type of HOST_TYPES) {
    const names = added.get(type) ?? [];
    const resolvers = definition.fields[type] ?? {};
    for (const name of Object.keys(resolvers))
      if (!names.includes(name)) refuse(plugin, `has a resolver for ${type}.${name}, which its SDL does not add`);
    const graphType = extended.getType(type);
    if (names.length > 0 && !isObjectType(graphType)) refuse(plugin, `extends ${type}, which this host lacks`);
    for (const name of names) {
      const field = resolvers[name] as ExtensionField<never> | undefined;
      if (!field) refuse(plugin, `adds ${type}.${name} without a resolver`);
      const target = isObjectType(graphType) ? graphType.getFields()[name] : undefined;
      if (!target) refuse(plugin, `adds ${type}.${name}, which the schema does not hold`);
      if (!('public' in field.access) && isNonNullType(target.type))
        refuse(plugin, `adds ${type}.${name} as non-null, but it is not public: a refusal must null only that field`);
      target.resolve = guarded(type, field);
    }
  }

  const errors = validateSchema(extended);
  if (errors.length > 0) refuse(plugin, `breaks the schema: ${errors.map((e) => e.message).join('; ')}`);
  return extended;
}

/** The host's schema with every loaded plugin's extension; the same schema when no plugin extends it. */
export function applySchemaExtensions(base: GraphQLSchema, plugins: readonly LoadedPlugin[]): GraphQLSchema {
  return plugins.reduce((schema, plugin) => (plugin.extendSchema ? extendWith(schema, plugin) : schema), base);
}
