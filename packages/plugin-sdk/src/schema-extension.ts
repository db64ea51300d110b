// The GraphQL extension point. A plugin never sees the host's Pothos builder, Prisma client or context: it writes
// SDL and resolvers against the narrow, typed handle below, so it builds and tests without the app, and the host
// can check the extension (names, nullability, resolvers, authorization) before serving it.

/** Host roles, as the host's `anyRole` scope names them. */
export type HostRole =
  | 'INSPECTOR'
  | 'CHIEF_INSPECTOR'
  | 'AREA_ASSESSOR'
  | 'INFORMATION_MANAGER'
  | 'ADMIN_OFFICER'
  | 'BOARD_MEMBER'
  | 'ADMINISTRATOR';

/**
 * Who may see a field, in the host's auth scopes (any listed scope grants, as in Pothos' `authScopes`). `public`
 * adds nothing to the parent's own authorization: a field of `Inspection` is only reached by a caller who may see
 * that inspection.
 */
export type FieldAccess =
  { public: true } | { signedIn?: true; readsCaseContent?: true; anyRole?: readonly HostRole[] };

/** The host types a plugin may add fields to, as a resolver receives them. */
export interface HostTypes {
  Inspection: {
    id: string;
    areaId: string;
    year: number;
    title: string;
    kind: 'FULL' | 'FOLLOW_UP';
    status: string;
    published: boolean;
  };
  Area: { id: string; code: string; name: string };
  Query: Record<string, never>;
}

export type HostTypeName = keyof HostTypes;

/** A sampled case file without its content: enough for aggregates, nothing that identifies a case. */
export interface CaseFileSummary {
  riskOfHarm: 'LOW' | 'MEDIUM' | 'HIGH' | 'VERY_HIGH';
  status: string;
  sampleRole: 'SAMPLE' | 'RESERVE' | 'REPLACED';
}

/** What a resolver may read: who asks, and the host's reads that apply its own rules. */
export interface ExtensionContext {
  viewer: { id: string; role: HostRole; areaId: string | null } | null;
  /** The inspection's case files as summaries (the caller has already been allowed to see the inspection). */
  caseFileSummaries(inspectionId: string): Promise<readonly CaseFileSummary[]>;
}

export interface ExtensionField<TParent> {
  /** Who may see the field. A field that is not public must be nullable in the SDL, so a refusal nulls only it. */
  access: FieldAccess;
  /** Args arrive as GraphQL coerced them from the SDL's argument types. */
  resolve(parent: TParent, args: Record<string, unknown>, context: ExtensionContext): unknown;
}

export interface SchemaExtensionDefinition {
  /** SDL: new object, enum and input types, and `extend type <HostTypeName> { … }`. */
  typeDefs: string;
  /** The resolver of every field the SDL adds to a host type. Fields of the plugin's own types read properties. */
  fields: { [TType in HostTypeName]?: Record<string, ExtensionField<HostTypes[TType]>> };
}

/** The handle the host passes to `extendSchema`. */
export interface SchemaExtensionHost {
  platformVersion: string;
  /** The host types fields may be added to. */
  hostTypes: readonly HostTypeName[];
  /** The host's auth scopes as field access values. */
  access: {
    public: FieldAccess;
    signedIn: FieldAccess;
    readsCaseContent: FieldAccess;
    anyRole(roles: readonly HostRole[]): FieldAccess;
  };
}

export const HOST_TYPES: readonly HostTypeName[] = ['Inspection', 'Area', 'Query'];

/** The handle as every host builds it; tests of a plugin use it to call `extendSchema` without the app. */
export function schemaExtensionHost(platformVersion: string): SchemaExtensionHost {
  return {
    platformVersion,
    hostTypes: HOST_TYPES,
    access: {
      public: { public: true },
      signedIn: { signedIn: true },
      readsCaseContent: { readsCaseContent: true },
      anyRole: (roles) => ({ anyRole: [...roles] }),
    },
  };
}

/** Whether a caller with these scopes may see a field with this access. */
export function grants(
  access: FieldAccess,
  scopes: { signedIn: boolean; readsCaseContent: boolean; role: HostRole | null },
): boolean {
  if ('public' in access && access.public) return true;
  const restricted = access as Exclude<FieldAccess, { public: true }>;
  if (restricted.signedIn && scopes.signedIn) return true;
  if (restricted.readsCaseContent && scopes.readsCaseContent) return true;
  if (restricted.anyRole && scopes.role !== null && restricted.anyRole.includes(scopes.role)) return true;
  return false;
}
