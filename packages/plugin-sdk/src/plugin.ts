// The contract between Scrutiny and its plugins. A plugin is plain data plus a few functions, declared with
// `definePlugin`, so the host can validate it before trusting it and a plugin never needs to import the host.
import type { FrameworkDefinition, PublishedReportModel } from '@scrutiny/domain';
import type { ReportSectionContribution } from './report-section.ts';
import type { SchemaExtensionDefinition, SchemaExtensionHost } from './schema-extension.ts';

export type { PublishedReportModel };

/**
 * Turns a published report into a file. The host builds the report once, with the domain's `buildReport`, from the
 * figures a public reader may see (statistical disclosure control already applied), and hands the same model to
 * every exporter: open data, PDF, DOCX. An exporter writes what the model says and computes no figure itself.
 * The host serves the file at `/exports/<inspection id>/<key>` with `mediaType`, named
 * `<area code>-<year>-<key>.<fileExtension>`.
 */
export interface ReportExporter {
  /** Stable, URL-safe key, unique across plugins, e.g. `figures-csv`. */
  key: string;
  /** What a user picks, e.g. "Figures as CSV". */
  label: string;
  /** IANA media type of the output, e.g. `text/csv`. */
  mediaType: string;
  /** Without the dot, e.g. `csv`. */
  fileExtension: string;
  /** Text is sent as UTF-8. */
  export(report: PublishedReportModel): Promise<Uint8Array | string>;
}

/**
 * A plugin's extension of the GraphQL schema: called once at start with a narrow handle on the host, it returns SDL
 * (new types, and `extend type Inspection { … }` to add fields to a host type) and the resolver of every field it
 * adds to a host type, each with who may see it. The host merges it into its schema after checking it clashes with
 * nothing, and refuses the plugin otherwise. See `schema-extension.ts`.
 */
export type SchemaExtension = (host: SchemaExtensionHost) => SchemaExtensionDefinition;

export interface ScrutinyPlugin {
  /** npm-style package name, e.g. `@scrutiny/plugin-framework-esi`. */
  name: string;
  /** The plugin's own semantic version. */
  version: string;
  /** Semver range of Scrutiny platform versions the plugin supports, e.g. `^0.1.0`. */
  platform: string;
  description?: string;
  frameworks?: readonly FrameworkDefinition[];
  exporters?: readonly ReportExporter[];
  /** Extra sections of the published report, after the criteria: the board renders them, exporters write them. */
  reportSections?: readonly ReportSectionContribution[];
  extendSchema?: SchemaExtension;
}
