export { PLATFORM_VERSION } from './platform-version.ts';
export type { PublishedReportModel, ReportExporter, SchemaExtension, ScrutinyPlugin } from './plugin.ts';
export { definePlugin, PluginValidationError } from './define-plugin.ts';
export {
  frameworkSchema,
  pluginProblems,
  pluginSchema,
  schemaExtensionDefinitionSchema,
  schemaExtensionProblems,
} from './plugin-schema.ts';
export type { ReportSectionContent, ReportSectionContribution } from './report-section.ts';
export type {
  CaseFileSummary,
  ExtensionContext,
  ExtensionField,
  FieldAccess,
  HostRole,
  HostTypeName,
  HostTypes,
  SchemaExtensionDefinition,
  SchemaExtensionHost,
} from './schema-extension.ts';
export { grants, HOST_TYPES, schemaExtensionHost } from './schema-extension.ts';
export type { Compatibility } from './compatibility.ts';
export { checkCompatibility } from './compatibility.ts';
export type { LoadedPlugins, PluginLoadError } from './load-plugins.ts';
export { loadPlugins } from './load-plugins.ts';
export type { SemVer } from './semver-range.ts';
export { compareVersions, isValidRange, parseVersion, satisfies } from './semver-range.ts';
export * from './framework-file/index.ts';
