// The contract between Scrutiny and its plugins. A plugin is plain data plus a few functions, declared with
// `definePlugin`, so the host can validate it before trusting it and a plugin never needs to import the host.
import type { FrameworkDefinition } from '@scrutiny/domain';

/**
 * Turns a report model (the JSON-serialisable shape of a report: texts, figures, tables) into a file.
 * Method syntax keeps a `ReportExporter<MyReport>` usable where a `ReportExporter` is expected.
 */
export interface ReportExporter<TReport = unknown> {
  /** Stable key, e.g. `csv-figures`. */
  key: string;
  /** What a user picks, e.g. "Figures as CSV". */
  label: string;
  /** IANA media type of the output, e.g. `text/csv`. */
  mediaType: string;
  /** Without the dot, e.g. `csv`. */
  fileExtension: string;
  export(report: TReport): Promise<Uint8Array | string>;
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
