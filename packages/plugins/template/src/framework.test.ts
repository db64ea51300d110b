import { appliesTo, type CaseFacts } from '@scrutiny/domain';
import {
  checkCompatibility,
  loadPlugins,
  pluginProblems,
  readWorkbookFramework,
  writeWorkbookFramework,
} from '@scrutiny/plugin-sdk';
import { FrameworkFileError, frameworkFromFile } from '@scrutiny/plugin-sdk/node';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import plugin from './framework.ts';

const facts = (overrides: Partial<CaseFacts> = {}): CaseFacts => ({
  reference: 'X1',
  orderType: 'CO',
  riskOfHarm: 'LOW',
  mappaCategory: null,
  mappaLevel: null,
  district: null,
  sex: null,
  dates: {},
  reviewDates: [],
  flags: {},
  ...overrides,
});

describe('a framework plugin that is just a file', () => {
  it('is a valid plugin whose framework is the YAML file, loaded by the platform', () => {
    expect(pluginProblems(plugin)).toEqual([]);
    expect(checkCompatibility(plugin)).toEqual({ ok: true });
    const loaded = loadPlugins([{ default: plugin }]);
    expect(loaded.errors).toEqual([]);
    const [framework] = plugin.frameworks;
    expect(framework).toMatchObject({ key: 'home-visits', version: '2025.1', title: 'Home visits' });
    expect(framework!.measures.map((m) => m.key)).toEqual(['A1.assessed', 'A1.views', 'B1.visited', 'B1.overall']);
  });

  it('keeps its conditions as data the domain evaluates', () => {
    const views = plugin.frameworks[0]!.measures.find((m) => m.key === 'A1.views')!;
    expect(views.applicability).toEqual({
      any: [{ fact: 'riskOfHarm', in: ['MEDIUM', 'HIGH', 'VERY_HIGH'] }, { flag: 'childProtectionConcerns' }],
    });
    expect(appliesTo(views.applicability, facts())).toBe(false);
    expect(appliesTo(views.applicability, facts({ flags: { childProtectionConcerns: true } }))).toBe(true);
  });

  it('is the same framework as a workbook, and as the example workbook beside it', async () => {
    const read = await readWorkbookFramework(await writeWorkbookFramework(plugin.frameworks[0]!));
    expect(read.ok ? read.definition : read.problems).toEqual(plugin.frameworks[0]);
    // Regenerate: npx -y pnpm@12.21.0 --filter @scrutiny/plugin-sdk run framework:convert <yaml> <xlsx>
    const example = await readWorkbookFramework(
      new Uint8Array(await readFile(new URL('../framework/home-visits.xlsx', import.meta.url))),
    );
    expect(example.ok ? example.definition : example.problems).toEqual(plugin.frameworks[0]);
  });

  it('fails where it loads, naming every problem of a broken file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'template-framework-'));
    const text = await readFile(new URL('../framework/home-visits.yaml', import.meta.url), 'utf8');
    const broken = join(folder, 'broken.yaml');
    await writeFile(
      broken,
      text
        .replace('criterion: B1\n    text: Home visits', 'criterion: B7\n    text: Home visits')
        .replace('answerSet: QUALITY', 'answerSet: GRADES'),
    );
    expect(() => frameworkFromFile(broken)).toThrow(FrameworkFileError);
    try {
      frameworkFromFile(broken);
    } catch (error) {
      expect((error as FrameworkFileError).problems).toEqual([
        expect.stringMatching(/^questions\[2\]\.criterion \(line \d+\): question "B1.visited" is in no criterion/),
        expect.stringMatching(/^questions\[3\]\.answerSet \(line \d+\): there is no answer set "GRADES"$/),
      ]);
    }
  });
});
