import { pluginProblems } from './plugin-schema.ts';
import type { ScrutinyPlugin } from './plugin.ts';

export class PluginValidationError extends Error {
  readonly problems: readonly string[];

  constructor(pluginName: string, problems: readonly string[]) {
    super(`Plugin ${pluginName} is not valid:\n- ${problems.join('\n- ')}`);
    this.name = 'PluginValidationError';
    this.problems = problems;
  }
}

function describe(candidate: unknown): string {
  if (
    typeof candidate === 'object' &&
    candidate !== null &&
    'name' in candidate &&
    typeof candidate.name === 'string'
  ) {
    return candidate.name;
  }
  return '(unnamed)';
}

/**
 * Declares a plugin: checks its metadata at the moment the module loads, so a broken plugin fails where it is written,
 * and returns it unchanged with its exact type.
 */
export function definePlugin<const TPlugin extends ScrutinyPlugin>(plugin: TPlugin): TPlugin {
  const problems = pluginProblems(plugin);
  if (problems.length > 0) throw new PluginValidationError(describe(plugin), problems);
  return plugin;
}

export { describe as describePluginCandidate };
