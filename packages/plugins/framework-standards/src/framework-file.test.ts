import {
  frameworkChanges,
  readFrameworkFile,
  readYamlFramework,
  writeWorkbookFramework,
  writeYamlFramework,
} from '@scrutiny/plugin-sdk';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The committed file points editors at the SDK's JSON Schema. */
const schema = '../../../plugin-sdk/framework.schema.json';
import { standardsFramework } from './standards-framework.ts';

describe('the standards framework as a file', () => {
  it('reads back from YAML equal to the plugin’s definition', () => {
    const read = readYamlFramework(writeYamlFramework(standardsFramework));
    expect(read.ok ? read.definition : read.problems).toEqual(standardsFramework);
  });

  it('reads back from a workbook equal to the plugin’s definition', async () => {
    const read = await readFrameworkFile(await writeWorkbookFramework(standardsFramework), 'XLSX');
    expect(read.ok ? read.definition : read.problems).toEqual(standardsFramework);
  });

  it('is published as the YAML file beside this package, which reads back equal to the plugin’s definition', () => {
    const committed = readFileSync(
      new URL('../framework/standards-case-supervision-2024.1.yaml', import.meta.url),
      'utf8',
    );
    // Regenerate: npx -y pnpm@12.21.0 --filter @scrutiny/plugin-sdk run framework:export <this plugin>/src/index.ts <this plugin>/framework
    expect(committed).toBe(writeYamlFramework(standardsFramework, { schema }));
    const read = readYamlFramework(committed);
    expect(read.ok ? read.definition : read.problems).toEqual(standardsFramework);
  });

  it('is published as the workbook beside this package, which reads back equal to the plugin’s definition', async () => {
    const committed = new Uint8Array(
      readFileSync(new URL('../framework/standards-case-supervision-2024.1.xlsx', import.meta.url)),
    );
    const read = await readFrameworkFile(committed, 'XLSX');
    expect(read.ok ? read.definition : read.problems).toEqual(standardsFramework);
  });

  it('a new version that rewords one question and drops another leaves exactly the dropped one out of comparisons', () => {
    const kept = standardsFramework.measures.filter((measure) => measure.key !== '2.4.safety');
    const next = {
      ...standardsFramework,
      version: '2025.1',
      measures: kept.map((measure) =>
        measure.key === '2.1.engaging'
          ? { ...measure, text: 'Does assessment focus enough on engaging the person on probation?' }
          : measure,
      ),
      comparableWith: {
        fromVersion: '2024.1',
        measures: Object.fromEntries(kept.map((measure) => [measure.key, measure.key])),
      },
    };
    const read = readYamlFramework(writeYamlFramework(next), { earlier: standardsFramework });
    expect(read.ok ? read.definition : read.problems).toEqual(next);
    const changes = frameworkChanges(standardsFramework, next);
    expect(changes).toMatchObject({ fromVersion: '2024.1', added: [], removed: ['2.4.safety'], moved: [] });
    expect(changes.reworded.map((change) => change.key)).toEqual(['2.1.engaging']);
    expect(changes.notComparable).toEqual(['2.4.safety']);
    expect(changes.comparable).toHaveLength(11);
  });
});
