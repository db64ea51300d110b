// The host loads plugins it did not write: one bad plugin must not stop the others, and every refusal must say
// which plugin, which version and why.
import { checkCompatibility } from './compatibility.ts';
import { describePluginCandidate } from './define-plugin.ts';
import { PLATFORM_VERSION } from './platform-version.ts';
import { pluginProblems } from './plugin-schema.ts';
import type { ScrutinyPlugin } from './plugin.ts';

export interface PluginLoadError {
  /** Position of the module in the list given to loadPlugins. */
  index: number;
  /** The plugin's name when it has one. */
  plugin: string;
  message: string;
}

export interface LoadedPlugins {
  plugins: ScrutinyPlugin[];
  errors: PluginLoadError[];
}

/** An ES module namespace exports the plugin as `default`; a plain object is taken as the plugin itself. */
function unwrap(module: unknown): unknown {
  if (typeof module === 'object' && module !== null && 'default' in module && !('name' in module))
    return module.default;
  return module;
}

function versionOf(candidate: unknown): string {
  if (
    typeof candidate === 'object' &&
    candidate !== null &&
    'version' in candidate &&
    typeof candidate.version === 'string'
  ) {
    return ` ${candidate.version}`;
  }
  return '';
}

/**
 * Validates each module as a plugin, checks it supports this platform version and that it does not clash with a
 * plugin loaded before it (same name, the same framework key and version, the same exporter or report section key). Valid plugins are returned in order.
 */
export function loadPlugins(modules: readonly unknown[], platformVersion: string = PLATFORM_VERSION): LoadedPlugins {
  const plugins: ScrutinyPlugin[] = [];
  const errors: PluginLoadError[] = [];
  const names = new Set<string>();
  const frameworks = new Map<string, string>();
  const exporters = new Map<string, string>();
  const sections = new Map<string, string>();

  modules.forEach((module, index) => {
    const candidate = unwrap(module);
    const name = describePluginCandidate(candidate);
    const problems = pluginProblems(candidate);
    if (problems.length > 0) {
      errors.push({
        index,
        plugin: name,
        message: `plugin ${name}${versionOf(candidate)} is not valid: ${problems.join('; ')}`,
      });
      return;
    }
    const plugin = candidate as ScrutinyPlugin;
    const compatibility = checkCompatibility(plugin, platformVersion);
    if (!compatibility.ok) {
      errors.push({ index, plugin: plugin.name, message: compatibility.message });
      return;
    }
    if (names.has(plugin.name)) {
      errors.push({ index, plugin: plugin.name, message: `plugin ${plugin.name} ${plugin.version} is loaded twice` });
      return;
    }
    const clash = (plugin.frameworks ?? []).find((framework) =>
      frameworks.has(`${framework.key}@${framework.version}`),
    );
    if (clash) {
      errors.push({
        index,
        plugin: plugin.name,
        message: `plugin ${plugin.name} ${plugin.version} defines framework ${clash.key} ${clash.version}, already defined by ${frameworks.get(`${clash.key}@${clash.version}`)}`,
      });
      return;
    }
    const taken = (plugin.exporters ?? []).find((exporter) => exporters.has(exporter.key));
    if (taken) {
      errors.push({
        index,
        plugin: plugin.name,
        message: `plugin ${plugin.name} ${plugin.version} defines exporter ${taken.key}, already defined by ${exporters.get(taken.key)}`,
      });
      return;
    }
    const sectionTaken = (plugin.reportSections ?? []).find((section) => sections.has(section.key));
    if (sectionTaken) {
      errors.push({
        index,
        plugin: plugin.name,
        message: `plugin ${plugin.name} ${plugin.version} defines report section ${sectionTaken.key}, already defined by ${sections.get(sectionTaken.key)}`,
      });
      return;
    }
    names.add(plugin.name);
    for (const section of plugin.reportSections ?? []) sections.set(section.key, plugin.name);
    for (const exporter of plugin.exporters ?? []) exporters.set(exporter.key, plugin.name);
    for (const framework of plugin.frameworks ?? [])
      frameworks.set(`${framework.key}@${framework.version}`, plugin.name);
    plugins.push(plugin);
  });

  return { plugins, errors };
}
