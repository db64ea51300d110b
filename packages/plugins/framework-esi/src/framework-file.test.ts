import { readFrameworkFile, readYamlFramework, writeWorkbookFramework, writeYamlFramework } from '@scrutiny/plugin-sdk';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The committed file points editors at the SDK's JSON Schema. */
const schema = '../../../plugin-sdk/framework.schema.json';
import { esiFramework } from './esi-framework.ts';

describe('the ESI framework as a file', () => {
  it('reads back from YAML equal to the plugin’s definition', () => {
    const read = readYamlFramework(writeYamlFramework(esiFramework));
    expect(read.ok ? read.definition : read.problems).toEqual(esiFramework);
  });

  it('reads back from a workbook equal to the plugin’s definition', async () => {
    const read = await readFrameworkFile(await writeWorkbookFramework(esiFramework), 'XLSX');
    expect(read.ok ? read.definition : read.problems).toEqual(esiFramework);
  });

  it('is published as the YAML file beside this package, which reads back equal to the plugin’s definition', () => {
    const committed = readFileSync(new URL('../framework/esi-2005-follow-up.yaml', import.meta.url), 'utf8');
    // Regenerate: npx -y pnpm@12.21.0 --filter @scrutiny/plugin-sdk run framework:export <this plugin>/src/index.ts <this plugin>/framework
    expect(committed).toBe(writeYamlFramework(esiFramework, { schema }));
    const read = readYamlFramework(committed);
    expect(read.ok ? read.definition : read.problems).toEqual(esiFramework);
  });

  it('is published as the workbook beside this package, which reads back equal to the plugin’s definition', async () => {
    const committed = new Uint8Array(readFileSync(new URL('../framework/esi-2005-follow-up.xlsx', import.meta.url)));
    const read = await readFrameworkFile(committed, 'XLSX');
    expect(read.ok ? read.definition : read.problems).toEqual(esiFramework);
  });
});
