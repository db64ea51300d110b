// A CSV of areas (issue 12): one row per area, added when its code is new and updated when it is known. Every row's
// fate and every problem is worked out before anything is written, so a preview shows exactly what an import does.
import { parseCsv } from '../case-list/csv.ts';

export const AREA_CSV_COLUMNS = ['code', 'name', 'region', 'size', 'density', 'comparison_group'] as const;
const REQUIRED = ['code', 'name', 'region'] as const;
const AREA_CODE = /^[A-Z0-9][A-Z0-9-]{0,19}$/;

export interface AreaRow {
  code: string;
  name: string;
  region: string;
  size: string | null;
  density: string | null;
  /** A comparison group's key, or null for none. */
  comparisonGroup: string | null;
}

export interface KnownArea extends AreaRow {
  archived: boolean;
}

export type AreaRowFate = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'ERROR';

export interface AreaImportRow {
  /** The line of the file (the header is line 1). */
  line: number;
  code: string;
  fate: AreaRowFate;
  row: AreaRow | null;
  problems: string[];
}

export interface AreaImportPlan {
  rows: AreaImportRow[];
  /** Problems with the file as a whole (a missing column, broken quoting). */
  fileProblems: string[];
}

/** Whether an area code is well formed: capitals, digits and hyphens, at most 20. */
export function areaCodeProblem(code: string): string | null {
  return AREA_CODE.test(code)
    ? null
    : 'An area code is 1 to 20 capital letters, digits or hyphens, starting with a letter or digit.';
}

/**
 * Plans an import: each row against the areas known (by code) and the comparison groups that can be chosen
 * (their keys). Nothing may be written unless `fileProblems` is empty and no row's fate is ERROR.
 */
export function planAreaImport(
  text: string,
  known: readonly KnownArea[],
  groupKeys: readonly string[],
): AreaImportPlan {
  const csv = parseCsv(text);
  const fileProblems: string[] = csv.problem ? [`Line ${csv.problem.row}: ${csv.problem.message}`] : [];
  const [header = [], ...body] = csv.rows;
  const columns = header.map((name) => name.trim().toLowerCase());
  for (const name of REQUIRED)
    if (!columns.includes(name))
      fileProblems.push(`The file has no "${name}" column (the columns are ${AREA_CSV_COLUMNS.join(', ')}).`);
  for (const name of columns)
    if (name && !(AREA_CSV_COLUMNS as readonly string[]).includes(name))
      fileProblems.push(`"${name}" is not a column of the area file (the columns are ${AREA_CSV_COLUMNS.join(', ')}).`);
  if (fileProblems.length > 0) return { rows: [], fileProblems };
  if (body.length === 0) return { rows: [], fileProblems: ['The file has no areas in it.'] };

  const byCode = new Map(known.map((area) => [area.code, area]));
  const groups = new Set(groupKeys);
  const seen = new Map<string, number>();
  const rows = body.map((cells, index): AreaImportRow => {
    const line = index + 2;
    const cell = (name: string): string => (cells[columns.indexOf(name)] ?? '').trim();
    const optional = (name: string): string | null => cell(name) || null;
    const code = cell('code').toUpperCase();
    const problems: string[] = [];
    const codeProblem = areaCodeProblem(code);
    if (codeProblem) problems.push(codeProblem);
    const earlier = seen.get(code);
    if (earlier !== undefined) problems.push(`The code ${code} is also on line ${earlier}: each area once.`);
    else seen.set(code, line);
    if (!cell('name')) problems.push('Give the area a name.');
    if (!cell('region')) problems.push('Give the area a region.');
    for (const name of ['name', 'region', 'size', 'density'])
      if (cell(name).length > 200) problems.push(`The ${name} can be at most 200 characters.`);
    const group = optional('comparison_group');
    if (group && !groups.has(group)) problems.push(`There is no comparison group with the key "${group}".`);
    const existing = byCode.get(code);
    if (existing?.archived) problems.push(`The area ${code} is retired: it cannot be changed by an import.`);
    if (problems.length > 0) return { line, code, fate: 'ERROR', row: null, problems };
    const row: AreaRow = {
      code,
      name: cell('name'),
      region: cell('region'),
      size: optional('size'),
      density: optional('density'),
      comparisonGroup: group,
    };
    if (!existing) return { line, code, fate: 'CREATE', row, problems };
    const same =
      existing.name === row.name &&
      existing.region === row.region &&
      existing.size === row.size &&
      existing.density === row.density &&
      existing.comparisonGroup === row.comparisonGroup;
    return { line, code, fate: same ? 'UNCHANGED' : 'UPDATE', row, problems };
  });
  return { rows, fileProblems };
}

/** Whether a plan may be applied: no file problem and no row in error. */
export function importable(plan: AreaImportPlan): boolean {
  return plan.fileProblems.length === 0 && plan.rows.every((row) => row.fate !== 'ERROR');
}
