import { describe, expect, it } from 'vitest';
import { smallFramework } from '../test/small-framework.ts';
import { definePlugin, PluginValidationError } from './define-plugin.ts';
import type { PublishedReportModel, ReportExporter } from './plugin.ts';

describe('definePlugin', () => {
  it('returns a valid plugin unchanged, with its frameworks and exporters', async () => {
    const exporter: ReportExporter = {
      key: 'heading-text',
      label: 'Heading as text',
      mediaType: 'text/plain',
      fileExtension: 'txt',
      export: (report) => Promise.resolve(report.heading),
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
    const report = { heading: 'Follow-up report on West Midlands Probation Area, 2005' } as PublishedReportModel;
    await expect(plugin.exporters[0]!.export(report)).resolves.toBe(report.heading);
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

  it('refuses an exporter key that could not sit in a download address', () => {
    const exporter: ReportExporter = {
      key: 'Figures/CSV',
      label: 'Figures',
      mediaType: 'text/csv',
      fileExtension: 'csv',
      export: () => Promise.resolve(''),
    };
    expect(() =>
      definePlugin({ name: 'plugin-x', version: '1.0.0', platform: '^0.1.0', exporters: [exporter] }),
    ).toThrow(/key: must be lower case letters, digits and dashes/);
  });
});
