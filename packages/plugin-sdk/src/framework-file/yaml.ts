// The YAML (and JSON: YAML reads it too) spelling of a framework file, with problems placed by path and line.
import type { FrameworkDefinition } from '@scrutiny/domain';
import { Document, LineCounter, parseDocument, isNode } from 'yaml';
import { definitionToFile } from './convert.ts';
import { formatPath, inFileOrder, type FilePath, type Locator } from './problems.ts';
import { checkFrameworkInput, type FrameworkRead, type ReadOptions } from './read.ts';

export interface YamlWriteOptions {
  /** Where editors find the JSON Schema (a URL or a path relative to the file), written as a yaml-language-server comment. */
  schema?: string;
}

export function readYamlFramework(text: string, options: ReadOptions = {}): FrameworkRead {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => {
        const line = lineCounter.linePos(error.pos[0]).line;
        const message = error.message.split('\n')[0] ?? error.message;
        return { path: [], where: `line ${line}`, line, message: `the file is not valid YAML: ${message}` };
      }),
    };
  }
  const locator: Locator = {
    locate(path: FilePath) {
      for (let length = path.length; length >= 0; length -= 1) {
        const prefix = path.slice(0, length);
        const node = length === 0 ? doc.contents : doc.getIn(prefix, true);
        if (isNode(node) && node.range) {
          const line = lineCounter.linePos(node.range[0]).line;
          return { where: `${formatPath(prefix)} (line ${line})`, line };
        }
      }
      return { where: formatPath(path) };
    },
  };
  const read = checkFrameworkInput(doc.toJS(), locator, options);
  return read.ok ? read : { ok: false, problems: inFileOrder(read.problems) };
}

/** The framework as a YAML file an author can edit and read back to the same definition. */
export function writeYamlFramework(definition: FrameworkDefinition, options: YamlWriteOptions = {}): string {
  const doc = new Document(definitionToFile(definition));
  if (options.schema) doc.commentBefore = ` yaml-language-server: $schema=${options.schema}`;
  return doc.toString({ lineWidth: 0, singleQuote: true });
}
