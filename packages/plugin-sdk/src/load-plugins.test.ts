import { describe, expect, it } from 'vitest';
import { smallFramework } from '../test/small-framework.ts';
import { checkCompatibility } from './compatibility.ts';
import { loadPlugins } from './load-plugins.ts';
import { PLATFORM_VERSION } from './platform-version.ts';

const valid = { name: 'plugin-a', version: '1.0.0', platform: '^0.1.0', frameworks: [smallFramework()] };

describe('checkCompatibility', () => {
  it('accepts a plugin whose platform range holds this platform version', () => {
    expect(PLATFORM_VERSION).toBe('0.1.0');
    expect(checkCompatibility(valid)).toEqual({ ok: true });
  });

  it('says which plugin, which version and which platform when it does not', () => {
    expect(checkCompatibility({ name: 'X', version: '1.0.0', platform: '^2.0.0' })).toEqual({
      ok: false,
      message: 'plugin X 1.0.0 supports platform ^2.0.0, this is 0.1.0',
    });
  });
});

describe('loadPlugins', () => {
  it('keeps the valid plugins and explains each refusal without stopping at the first', () => {
    const result = loadPlugins([
      { default: valid },
      { name: 'plugin-future', version: '2.1.0', platform: '^2.0.0' },
      { name: 'plugin-broken', version: 'one' },
      'not a plugin',
      { name: 'plugin-b', version: '0.3.0', platform: '>=0.1.0 <1.0.0' },
    ]);
    expect(result.plugins.map((plugin) => plugin.name)).toEqual(['plugin-a', 'plugin-b']);
    expect(result.errors.map((error) => [error.index, error.plugin])).toEqual([
      [1, 'plugin-future'],
      [2, 'plugin-broken'],
      [3, '(unnamed)'],
    ]);
    expect(result.errors[0]!.message).toBe('plugin plugin-future 2.1.0 supports platform ^2.0.0, this is 0.1.0');
    expect(result.errors[1]!.message).toMatch(
      /^plugin plugin-broken one is not valid: version: must be a semantic version.*platform/,
    );
  });

  it('refuses a second plugin with the same name or the same framework version', () => {
    const result = loadPlugins([valid, valid, { ...valid, name: 'plugin-copy' }]);
    expect(result.plugins).toHaveLength(1);
    expect(result.errors.map((error) => error.message)).toEqual([
      'plugin plugin-a 1.0.0 is loaded twice',
      'plugin plugin-copy 1.0.0 defines framework demo 1, already defined by plugin-a',
    ]);
  });

  it('refuses a second exporter with the same key, naming the plugin that has it', () => {
    const exporter = {
      key: 'figures-csv',
      label: 'Figures as CSV',
      mediaType: 'text/csv',
      fileExtension: 'csv',
      export: () => Promise.resolve(''),
    };
    const first = { name: 'plugin-one', version: '1.0.0', platform: '^0.1.0', exporters: [exporter] };
    const second = { name: 'plugin-two', version: '1.0.0', platform: '^0.1.0', exporters: [exporter] };
    const result = loadPlugins([first, second]);
    expect(result.plugins.map((plugin) => plugin.name)).toEqual(['plugin-one']);
    expect(result.errors[0]!.message).toBe(
      'plugin plugin-two 1.0.0 defines exporter figures-csv, already defined by plugin-one',
    );
  });

  it('checks against the platform version the host passes', () => {
    expect(loadPlugins([valid], '0.2.0').errors[0]!.message).toBe(
      'plugin plugin-a 1.0.0 supports platform ^0.1.0, this is 0.2.0',
    );
  });
});
