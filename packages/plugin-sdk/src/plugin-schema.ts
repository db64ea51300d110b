// Plugins arrive as untyped modules, so their metadata is checked before anything is registered. Framework
// definitions get a structural check here and their references (criteria, answer sets, measures) are checked by
// the domain's validateFramework, the same rule every framework import goes through.
import type { FrameworkDefinition } from '@scrutiny/domain';
import { validateFramework } from '@scrutiny/domain';
import { z } from 'zod';
import { isValidRange, parseVersion } from './semver-range.ts';
import type { ReportExporter, SchemaExtension } from './plugin.ts';
import type { ReportSectionContribution } from './report-section.ts';
import { HOST_TYPES } from './schema-extension.ts';

// npm's rules: lower case, optional scope, no leading dot or underscore, at most 214 characters.
const NPM_NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

const text = z.string().trim().min(1);
const conditionShape = z.record(z.string(), z.unknown());

const frameworkShape = z.object({
  key: text,
  version: text,
  title: text,
  description: z.string(),
  sections: z.array(z.object({ code: text, title: text })),
  criteria: z.array(
    z.object({
      code: text,
      section: text,
      title: text,
      description: z.string(),
      scoring: z.object({ kind: z.enum(['pooled', 'overallJudgement', 'notScored']) }).loose(),
      tags: z.array(z.string()),
    }),
  ),
  measures: z.array(
    z.object({
      key: text,
      criterion: text,
      text,
      answerSet: text,
      applicability: conditionShape,
      derivation: z.object({ rule: z.object({ kind: z.string() }).loose(), mode: z.string() }).optional(),
      tags: z.array(z.string()),
      reportBySubsample: z.boolean(),
      prompts: z.array(text).optional(),
    }),
  ),
  answerSets: z.array(
    z.object({ key: text, options: z.array(z.object({ value: text, label: text, meets: z.boolean() })) }),
  ),
  subsamples: z.array(z.object({ key: text, label: text, condition: conditionShape })),
  ratingBands: z.array(z.object({ from: z.number(), label: text })).optional(),
  // Their references and thresholds are checked by validateFramework.
  ratings: z
    .object({
      ratings: z.array(z.object({ key: text, label: text, from: z.number(), points: z.number() })),
      standardRule: z.string(),
      overall: z.object({ rule: z.string(), thresholds: z.array(z.object({ from: z.number(), rating: text })) }),
      questionSets: z.array(z.object({ key: text, label: text, excludeTags: z.array(z.string()) })),
      unitFact: z.string().optional(),
    })
    .optional(),
  comparableWith: z
    .object({
      fromVersion: text,
      measures: z.record(z.string(), z.string()),
      criteria: z.record(z.string(), z.string()).optional(),
    })
    .optional(),
});

export const frameworkSchema = z.custom<FrameworkDefinition>().superRefine((value, context) => {
  const shape = frameworkShape.safeParse(value);
  if (!shape.success) {
    for (const issue of shape.error.issues)
      context.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return;
  }
  const definition = value as FrameworkDefinition;
  for (const problem of validateFramework(definition)) {
    context.addIssue({ code: 'custom', message: `framework ${definition.key} ${definition.version}: ${problem}` });
  }
});

const exporterSchema = z.object({
  key: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower case letters, digits and dashes, such as figures-csv'),
  label: text,
  mediaType: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/i, 'must be a media type such as text/csv'),
  fileExtension: z.string().regex(/^[a-z0-9]+$/i, 'must be an extension without the dot, such as csv'),
  export: z.custom<ReportExporter['export']>((value) => typeof value === 'function', 'must be a function'),
});

const reportSectionSchema = z.object({
  key: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower case letters, digits and dashes, such as open-data-notes'),
  title: text,
  build: z.custom<ReportSectionContribution['build']>((value) => typeof value === 'function', 'must be a function'),
});

const ROLES = [
  'INSPECTOR',
  'CHIEF_INSPECTOR',
  'AREA_ASSESSOR',
  'INFORMATION_MANAGER',
  'ADMIN_OFFICER',
  'BOARD_MEMBER',
  'ADMINISTRATOR',
] as const;

const accessSchema = z.union([
  z.object({ public: z.literal(true) }).strict(),
  z
    .object({
      signedIn: z.literal(true).optional(),
      readsCaseContent: z.literal(true).optional(),
      anyRole: z.array(z.enum(ROLES)).min(1).optional(),
    })
    .strict()
    .refine((access) => Object.keys(access).length > 0, 'must name at least one scope'),
]);

const extensionFieldSchema = z.object({
  access: accessSchema,
  resolve: z.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', 'must be a function'),
});

/** What `extendSchema` must return: SDL text and, per host type, the resolver and access of each added field. */
export const schemaExtensionDefinitionSchema = z.object({
  typeDefs: z.string().trim().min(1, 'must be SDL text'),
  fields: z
    .record(z.string(), z.record(z.string(), extensionFieldSchema))
    .refine((fields) => Object.keys(fields).every((type) => (HOST_TYPES as readonly string[]).includes(type)), {
      message: `may only name the host types ${HOST_TYPES.join(', ')}`,
    }),
});

/** Every problem in what a plugin's `extendSchema` returned, as `path: message` lines; empty when it is valid. */
export function schemaExtensionProblems(candidate: unknown): string[] {
  const result = schemaExtensionDefinitionSchema.safeParse(candidate);
  if (result.success) return [];
  return result.error.issues.map((issue) =>
    issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
  );
}

export const pluginSchema = z.object({
  name: z.string().max(214).regex(NPM_NAME, 'must be an npm-style package name such as @scope/plugin-name'),
  version: z.string().refine((value) => parseVersion(value) !== null, 'must be a semantic version such as 1.0.0'),
  platform: z.string().refine(isValidRange, 'must be a semver range of platform versions such as ^0.1.0'),
  description: z.string().optional(),
  frameworks: z.array(frameworkSchema).optional(),
  exporters: z
    .array(exporterSchema)
    .optional()
    .refine((exporters) => new Set((exporters ?? []).map((e) => e.key)).size === (exporters ?? []).length, {
      message: 'exporter keys must be unique',
    }),
  reportSections: z
    .array(reportSectionSchema)
    .optional()
    .refine((sections) => new Set((sections ?? []).map((s) => s.key)).size === (sections ?? []).length, {
      message: 'report section keys must be unique',
    }),
  extendSchema: z.custom<SchemaExtension>((value) => typeof value === 'function', 'must be a function').optional(),
});

/** Every problem in the plugin's metadata as `path: message` lines; empty when it is valid. */
export function pluginProblems(candidate: unknown): string[] {
  const result = pluginSchema.safeParse(candidate);
  if (result.success) return [];
  return result.error.issues.map((issue) =>
    issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
  );
}
