// The contract between Scrutiny and its plugins. A plugin is plain data plus a few functions, declared with
// `definePlugin`, so the host can validate it before trusting it and a plugin never needs to import the host.
import type { FrameworkDefinition, PublishedReportModel } from '@scrutiny/domain';

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
 * Reserved: a plugin's extension of the GraphQL schema. The host decides the builder's type; until it is fixed,
 * plugins receive it as `unknown` and must narrow it themselves.
 */
export type SchemaExtension = (builder: unknown) => void;

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
  extendSchema?: SchemaExtension;
}
