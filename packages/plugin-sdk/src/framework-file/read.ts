// One pipeline for every spelling: the reader gives a plain object and a locator; the schema checks its shape, the
// conditions are parsed, and the definition is checked as a whole. Every problem comes back at once.
import type { FrameworkDefinition } from '@scrutiny/domain';
import type { z } from 'zod';
import { validateFramework } from '@scrutiny/domain';
import { definitionProblems, shapeProblems, type CheckContext } from './checks.ts';
import { fileToDefinition } from './convert.ts';
import type { FilePath, FrameworkProblem, Locator } from './problems.ts';
import { frameworkFileSchema, type FrameworkFile } from './schema.ts';

export type FrameworkRead =
  { ok: true; definition: FrameworkDefinition; file: FrameworkFile } | { ok: false; problems: FrameworkProblem[] };

export interface ReadOptions {
  /**
   * The version this file follows, to check the comparability it declares; or a lookup of published versions by
   * framework key and version (null: there is no such version).
   */
  earlier?: FrameworkDefinition | ((key: string, version: string) => FrameworkDefinition | null);
}

function located(
  locator: Locator,
  found: ReadonlyArray<{ path: FilePath; message: string; first?: FilePath }>,
): FrameworkProblem[] {
  return found.map(({ path, message, first }) => ({
    ...locator.locate(path),
    path,
    message: first ? `${message} (first at ${locator.locate(first).where})` : message,
  }));
}

/** What stands in for a missing or blank field that nothing else refers to, so the rest can still be checked. */
const STAND_INS: Readonly<Record<string, unknown>> = {
  title: '(no title)',
  text: '(no text)',
  label: '(no label)',
  scoring: { kind: 'notScored' },
};

function standIn(issue: z.core.$ZodIssue, input: unknown): unknown {
  const last = issue.path[issue.path.length - 1];
  if (typeof last !== 'string' || !(last in STAND_INS)) return undefined;
  let value: unknown = input;
  for (const part of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[part];
  const missing = issue.code === 'invalid_type' && value === undefined;
  const blank = issue.code === 'invalid_format' && typeof value === 'string' && value.trim() === '';
  return missing || blank ? STAND_INS[last] : undefined;
}

/** Checks a framework read from a file (as a plain object) and gives its definition or every problem. */
export function checkFrameworkInput(
  input: unknown,
  locator: Locator,
  options: ReadOptions = {},
  readerProblems: ReadonlyArray<{ path: FilePath; message: string }> = [],
): FrameworkRead {
  let shape = frameworkFileSchema.safeParse(input);
  const shapeFound: Array<{ path: FilePath; message: string }> = [];
  if (!shape.success) {
    shapeFound.push(...shapeProblems(shape.error, input));
    // A field the format does not know, or a missing title, text, label or scoring, stops nothing else: the field
    // is left out or stood in for, and the rest is checked as well.
    const recoverable = shape.error.issues.every(
      (issue) => issue.code === 'unrecognized_keys' || standIn(issue, input) !== undefined,
    );
    if (!recoverable) return { ok: false, problems: located(locator, [...readerProblems, ...shapeFound]) };
    const pruned = structuredClone(input) as Record<string, unknown>;
    for (const issue of shape.error.issues) {
      const parentPath = issue.code === 'unrecognized_keys' ? issue.path : issue.path.slice(0, -1);
      let target: unknown = pruned;
      for (const part of parentPath) target = (target as Record<PropertyKey, unknown>)[part];
      if (issue.code === 'unrecognized_keys')
        for (const key of issue.keys) Reflect.deleteProperty(target as object, key);
      else Reflect.set(target as object, issue.path[issue.path.length - 1]!, standIn(issue, input));
    }
    shape = frameworkFileSchema.safeParse(pruned);
    if (!shape.success) return { ok: false, problems: located(locator, [...readerProblems, ...shapeFound]) };
  }
  const file = shape.data;
  const { definition, problems: conditionProblems } = fileToDefinition(file);
  const textualConditions = new Set<string>();
  file.questions.forEach((question, index) => {
    if (typeof question.applicability === 'string') textualConditions.add(`questions.${index}.applicability`);
  });
  (file.subsamples ?? []).forEach((subsample, index) => {
    if (typeof subsample.condition === 'string') textualConditions.add(`subsamples.${index}.condition`);
  });
  const lookup = options.earlier;
  const fromVersion = definition.comparableWith?.fromVersion;
  const earlier =
    typeof lookup === 'function' ? (fromVersion === undefined ? null : lookup(definition.key, fromVersion)) : lookup;
  const context: CheckContext = { textualConditions, ...(earlier ? { earlier } : {}) };
  const lookupProblems =
    typeof lookup === 'function' && fromVersion !== undefined && !earlier
      ? [
          {
            path: ['comparableWith', 'fromVersion'],
            message: `there is no version "${fromVersion}" of the framework "${definition.key}" to compare with`,
          },
        ]
      : [];
  const found = [
    ...lookupProblems,
    ...readerProblems,
    ...shapeFound,
    ...conditionProblems,
    ...definitionProblems(definition, context),
  ];
  // Whatever the platform would still refuse is said too, so a file that passes here loads everywhere.
  if (found.length === 0) found.push(...validateFramework(definition).map((message) => ({ path: [], message })));
  if (found.length > 0) return { ok: false, problems: located(locator, found) };
  return { ok: true, definition, file };
}
