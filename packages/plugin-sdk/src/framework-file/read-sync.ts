// For a plugin that is just a framework file: read it when the plugin module loads, and fail there, with every
// problem of the file, if it is not right. YAML (or JSON) only: a workbook is read asynchronously (readFrameworkFile).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FrameworkDefinition } from '@scrutiny/domain';
import { formatProblems } from './problems.ts';
import { readYamlFramework } from './yaml.ts';

export class FrameworkFileError extends Error {
  constructor(
    file: string,
    readonly problems: readonly string[],
  ) {
    super(
      `The framework file ${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`,
    );
    this.name = 'FrameworkFileError';
  }
}

/** The definition in a YAML or JSON framework file, checked; throws FrameworkFileError listing every problem. */
export function frameworkFromFile(file: URL | string): FrameworkDefinition {
  const path = file instanceof URL ? fileURLToPath(file) : file;
  const read = readYamlFramework(readFileSync(path, 'utf8'));
  if (!read.ok) throw new FrameworkFileError(path, formatProblems(read.problems).split('\n'));
  return read.definition;
}
