import { describe, expect, it } from 'vitest';
import { earlierRatedFramework, ratedFramework } from '../../test/rated-framework.ts';
import { readFrameworkFile } from './file.ts';
import { writeWorkbookFramework } from './workbook-write.ts';
import { readYamlFramework, writeYamlFramework } from './yaml.ts';

describe('a framework using every part of the format', () => {
  const earlier = earlierRatedFramework();

  it('reads back from YAML equal, and from JSON (YAML reads JSON)', () => {
    const yaml = readYamlFramework(writeYamlFramework(ratedFramework()), { earlier });
    expect(yaml.ok ? yaml.definition : yaml.problems).toEqual(ratedFramework());
    const json = readYamlFramework(
      JSON.stringify({
        $schema: './framework.schema.json',
        key: 'x',
        version: '1',
        title: 'X',
        sections: [],
        criteria: [],
        questions: [],
        answerSets: [],
      }),
    );
    expect(json.ok ? json.definition : json.problems).toMatchObject({ key: 'x', measures: [], subsamples: [] });
  });

  it('reads back from a workbook equal', async () => {
    const read = await readFrameworkFile(await writeWorkbookFramework(ratedFramework()), 'XLSX', { earlier });
    expect(read.ok ? read.definition : read.problems).toEqual(ratedFramework());
  });
});
