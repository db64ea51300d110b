import { PLATFORM_VERSION } from './platform-version.ts';
import type { ScrutinyPlugin } from './plugin.ts';
import { satisfies } from './semver-range.ts';

export type Compatibility = { ok: true } | { ok: false; message: string };

/** Whether the plugin declares support for this platform version, with a message an operator can act on when not. */
export function checkCompatibility(
  plugin: Pick<ScrutinyPlugin, 'name' | 'version' | 'platform'>,
  platformVersion: string = PLATFORM_VERSION,
): Compatibility {
  if (satisfies(platformVersion, plugin.platform)) return { ok: true };
  return {
    ok: false,
    message: `plugin ${plugin.name} ${plugin.version} supports platform ${plugin.platform}, this is ${platformVersion}`,
  };
}
