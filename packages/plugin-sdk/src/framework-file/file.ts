// Reading a framework whatever its spelling: by format name, or by the file's extension.
import { readWorkbookFramework } from './workbook-read.ts';
import { readYamlFramework } from './yaml.ts';
import type { FrameworkRead, ReadOptions } from './read.ts';

export type FrameworkFormat = 'YAML' | 'XLSX';

/** The format a file name implies: .xlsx is a workbook; .yaml, .yml and .json are YAML (JSON is YAML too). */
export function frameworkFormatOf(fileName: string): FrameworkFormat | null {
  if (/\.xlsx$/i.test(fileName)) return 'XLSX';
  if (/\.(ya?ml|json)$/i.test(fileName)) return 'YAML';
  return null;
}

/** Reads and checks a framework file's bytes in the given format. */
export async function readFrameworkFile(
  bytes: Uint8Array,
  format: FrameworkFormat,
  options: ReadOptions = {},
): Promise<FrameworkRead> {
  if (format === 'XLSX') return readWorkbookFramework(bytes, options);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return readYamlFramework(text.replace(/^\uFEFF/, ''), options);
}
