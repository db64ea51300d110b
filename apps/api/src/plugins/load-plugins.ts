// Plugins are named in configuration (SCRUTINY_PLUGINS) and imported by package name at start.
// A plugin that cannot be imported, is invalid or is incompatible stops the start with a clear message:
// running without a framework the operator asked for would silently lose inspections.
import { loadPlugins, PLATFORM_VERSION, type ScrutinyPlugin } from '@scrutiny/plugin-sdk';

export type LoadedPlugin = ScrutinyPlugin;

export class PluginStartError extends Error {}

export async function loadConfiguredPlugins(names: readonly string[]): Promise<LoadedPlugin[]> {
  const modules: unknown[] = [];
  for (const name of names) {
    try {
      modules.push(await import(name));
    } catch (error) {
      throw new PluginStartError(`Cannot load plugin "${name}": ${(error as Error).message}`);
    }
  }
  const { plugins, errors } = loadPlugins(modules, PLATFORM_VERSION);
  if (errors.length > 0) throw new PluginStartError(`Refusing to start: ${errors.map((e) => e.message).join('; ')}`);
  return plugins;
}
