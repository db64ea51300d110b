import { describe, expect, it } from 'vitest';
import { smallFramework } from '../test/small-framework.ts';
import { definePlugin, PluginValidationError } from './define-plugin.ts';
import type { ReportExporter } from './plugin.ts';

describe('definePlugin', () => {
  it('returns a valid plugin unchanged, with its frameworks and exporters', async () => {
    const exporter: ReportExporter<{ title: string }> = {
      key: 'title-text',
      label: 'Title as text',
      mediaType: 'text/plain',
      fileExtension: 'txt',
      export: (report) => Promise.resolve(report.title),
    };
    const plugin = definePlugin({
      name: '@scrutiny/plugin-demo',
      version: '1.0.0',
      platform: '^0.1.0',
      frameworks: [smallFramework()],
      exporters: [exporter],
    });
    expect(plugin.name).toBe('@scrutiny/plugin-demo');
    expect(plugin.frameworks[0]!.key).toBe('demo');
    await expect(plugin.exporters[0]!.export({ title: 'Follow-up' })).resolves.toBe('Follow-up');
  });

  it('refuses metadata that is not npm name, semver version and platform range', () => {
    const attempt = () => definePlugin({ name: 'Not A Name', version: '1.0', platform: 'latest' });
    expect(attempt).toThrow(PluginValidationError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as PluginValidationError).problems.join('\n');
      expect(problems).toMatch(/name: must be an npm-style package name/);
      expect(problems).toMatch(/version: must be a semantic version/);
      expect(problems).toMatch(/platform: must be a semver range/);
    }
  });

  it("refuses a framework whose references the domain's validation rejects", () => {
    const broken = smallFramework({ answerSets: [] });
    expect(() =>
      definePlugin({ name: 'plugin-broken', version: '1.0.0', platform: '^0.1.0', frameworks: [broken] }),
    ).toThrow(/framework demo 1: measure "B1.review" points at unknown answer set "YES_NO"/);
  });

  it('refuses a framework that is not even shaped like one', () => {
    const notAFramework = { key: 'demo' } as unknown as ReturnType<typeof smallFramework>;
    expect(() =>
      definePlugin({ name: 'plugin-broken', version: '1.0.0', platform: '^0.1.0', frameworks: [notAFramework] }),
    ).toThrow(/frameworks\.0\.version/);
  });

  it('refuses an exporter without an export function or with a bad media type', () => {
    const exporter = { key: 'x', label: 'X', mediaType: 'csv', fileExtension: '.csv' } as unknown as ReportExporter;
    expect(() =>
      definePlugin({ name: 'plugin-x', version: '1.0.0', platform: '^0.1.0', exporters: [exporter] }),
    ).toThrow(/mediaType: must be a media type[\s\S]*fileExtension[\s\S]*export: must be a function/);
  });
});
