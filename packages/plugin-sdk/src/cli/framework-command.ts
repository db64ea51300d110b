// The authors' commands, without a server: check a framework file, convert it between YAML and a workbook, export
// a plugin's frameworks as files, and write the JSON Schema. Each returns its exit code and output, for tests.
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FrameworkDefinition } from '@scrutiny/domain';
import { frameworkFormatOf, readFrameworkFile } from '../framework-file/file.ts';
import type { FrameworkRead } from '../framework-file/read.ts';
import { formatProblems } from '../framework-file/problems.ts';
import { frameworkJsonSchema } from '../framework-file/schema.ts';
import { writeWorkbookFramework } from '../framework-file/workbook-write.ts';
import { writeYamlFramework } from '../framework-file/yaml.ts';

export interface CommandResult {
  code: number;
  out: string[];
}

const USAGE = [
  'Usage:',
  '  framework:check <file.yaml|file.xlsx> [--earlier <earlier version file>]',
  '  framework:convert <from file> <to file>      (YAML ↔ XLSX, checked on the way)',
  '  framework:export <plugin module> <folder>    (each framework of a plugin as YAML and XLSX)',
  '  framework:schema [<file>]                     (the JSON Schema of the YAML spelling; default: the SDK’s own)',
];

/** Where the JSON Schema is committed: the root of this package. */
export const JSON_SCHEMA_PATH = fileURLToPath(new URL('../../framework.schema.json', import.meta.url));

/** framework.schema.json, as committed beside this package. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(frameworkJsonSchema(), null, 2)}\n`;
}

async function read(path: string, earlier?: FrameworkDefinition): Promise<FrameworkRead | string> {
  const format = frameworkFormatOf(path);
  if (!format) return `${basename(path)}: a framework file ends in .yaml, .yml, .json or .xlsx`;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch {
    return `${path}: cannot read the file`;
  }
  return readFrameworkFile(bytes, format, earlier ? { earlier } : {});
}

function summary(definition: FrameworkDefinition): string {
  return `${definition.key} ${definition.version} "${definition.title}": ${definition.sections.length} sections, ${definition.criteria.length} criteria, ${definition.measures.length} questions, ${definition.answerSets.length} answer sets, ${definition.subsamples.length} subsamples${definition.ratings ? `, ${definition.ratings.ratings.length} ratings` : ''}`;
}

async function readChecked(path: string, out: string[], earlierPath?: string): Promise<FrameworkDefinition | null> {
  let earlier: FrameworkDefinition | undefined;
  if (earlierPath) {
    const earlierRead = await read(earlierPath);
    if (typeof earlierRead === 'string' || !earlierRead.ok) {
      out.push(`The earlier version ${earlierPath} has problems of its own; check it first.`);
      return null;
    }
    earlier = earlierRead.definition;
  }
  const result = await read(path, earlier);
  if (typeof result === 'string') {
    out.push(result);
    return null;
  }
  if (!result.ok) {
    out.push(`${basename(path)}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
    out.push(...formatProblems(result.problems).split('\n'));
    return null;
  }
  return result.definition;
}

async function write(definition: FrameworkDefinition, path: string): Promise<string | null> {
  const format = frameworkFormatOf(path);
  if (!format) return `${basename(path)}: write to a .yaml or .xlsx file`;
  await writeFile(path, format === 'XLSX' ? await writeWorkbookFramework(definition) : writeYamlFramework(definition));
  return null;
}

export async function runFrameworkCommand(args: readonly string[], cwd: string): Promise<CommandResult> {
  const [command, ...rest] = args;
  const out: string[] = [];
  const at = (path: string) => resolve(cwd, path);
  switch (command) {
    case 'check': {
      const earlierIndex = rest.indexOf('--earlier');
      const earlier = earlierIndex >= 0 ? rest[earlierIndex + 1] : undefined;
      const files =
        earlierIndex >= 0 ? rest.filter((_, index) => index !== earlierIndex && index !== earlierIndex + 1) : rest;
      if (files.length !== 1 || (earlierIndex >= 0 && !earlier)) return { code: 2, out: USAGE };
      const definition = await readChecked(at(files[0]!), out, earlier && at(earlier));
      if (!definition) return { code: 1, out };
      out.push(`${basename(files[0]!)}: no problems. ${summary(definition)}`);
      return { code: 0, out };
    }
    case 'convert': {
      if (rest.length !== 2) return { code: 2, out: USAGE };
      const definition = await readChecked(at(rest[0]!), out);
      if (!definition) return { code: 1, out };
      const problem = await write(definition, at(rest[1]!));
      if (problem) return { code: 1, out: [problem] };
      out.push(`Wrote ${rest[1]}: ${summary(definition)}`);
      return { code: 0, out };
    }
    case 'export': {
      if (rest.length !== 2) return { code: 2, out: USAGE };
      const loaded = (await import(pathToFileURL(at(rest[0]!)).href)) as {
        default?: { frameworks?: readonly FrameworkDefinition[] };
      };
      for (const definition of loaded.default?.frameworks ?? []) {
        const folder = at(rest[1]!);
        const name = join(folder, `${definition.key}-${definition.version}`);
        await writeFile(`${name}.yaml`, writeYamlFramework(definition, { schema: relative(folder, JSON_SCHEMA_PATH) }));
        await writeFile(`${name}.xlsx`, await writeWorkbookFramework(definition));
        out.push(`Wrote ${name}.yaml and .xlsx`);
      }
      if (out.length === 0) return { code: 1, out: [`${rest[0]} declares no frameworks`] };
      return { code: 0, out };
    }
    case 'schema': {
      const target = rest[0] ? at(rest[0]) : JSON_SCHEMA_PATH;
      await writeFile(target, jsonSchemaText());
      return { code: 0, out: [`Wrote ${target}`] };
    }
    default:
      return { code: 2, out: USAGE };
  }
}
