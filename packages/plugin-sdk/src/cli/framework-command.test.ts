import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { earlierRatedFramework, ratedFramework } from '../../test/rated-framework.ts';
import { writeYamlFramework } from '../framework-file/yaml.ts';
import { runFrameworkCommand } from './framework-command.ts';

describe('framework:check and framework:convert, for authors without a server', () => {
  it('prints every problem with its place and exits 1; a good file exits 0 with a summary', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'framework-check-'));
    await writeFile(join(folder, 'earlier.yaml'), writeYamlFramework(earlierRatedFramework()));
    await writeFile(join(folder, 'good.yaml'), writeYamlFramework(ratedFramework()));
    const good = await runFrameworkCommand(['check', 'good.yaml', '--earlier', 'earlier.yaml'], folder);
    expect(good).toEqual({
      code: 0,
      out: [
        'good.yaml: no problems. home-visits 2025.1 "Home visits": 2 sections, 3 criteria, 4 questions, 2 answer sets, 1 subsamples, 3 ratings',
      ],
    });

    const broken = writeYamlFramework(ratedFramework())
      .replace('answerSet: QUALITY', 'answerSet: QUALITIES')
      .replace('has date supervisionPlan', 'has date planned');
    await writeFile(join(folder, 'broken.yaml'), broken);
    const result = await runFrameworkCommand(['check', 'broken.yaml'], folder);
    expect(result.code).toBe(1);
    expect(result.out[0]).toBe('broken.yaml: 2 problems');
    expect(result.out.slice(1)).toEqual([
      expect.stringMatching(/^questions\[3\]\.answerSet \(line \d+\): there is no answer set "QUALITIES"$/),
      expect.stringMatching(/^questions\[3\]\.applicability \(line \d+\): "planned" is not a case date/),
    ]);
  });

  it('converts YAML to a workbook and back, checked on the way', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'framework-convert-'));
    await writeFile(join(folder, 'framework.yaml'), writeYamlFramework(ratedFramework()));
    expect((await runFrameworkCommand(['convert', 'framework.yaml', 'framework.xlsx'], folder)).code).toBe(0);
    expect((await runFrameworkCommand(['convert', 'framework.xlsx', 'again.yaml'], folder)).code).toBe(0);
    expect(await readFile(join(folder, 'again.yaml'), 'utf8')).toBe(writeYamlFramework(ratedFramework()));
    expect((await runFrameworkCommand(['check', 'framework.txt'], folder)).out).toEqual([
      'framework.txt: a framework file ends in .yaml, .yml, .json or .xlsx',
    ]);
  });
});
