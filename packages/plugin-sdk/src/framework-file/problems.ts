// A problem in a framework file, said to its author: where (a YAML path and line, or a sheet, row and column) and
// what is wrong, in plain words.
export type FilePath = ReadonlyArray<string | number>;

export interface FrameworkProblem {
  /** The path in the file's YAML/JSON spelling, e.g. ["questions", 3, "criterion"]. */
  path: FilePath;
  /** Where an author finds it: `questions[3].criterion (line 42)` or `sheet "questions", row 5, column B (criterion)`. */
  where: string;
  message: string;
  /** Set for workbooks. */
  cell?: { sheet: string; row: number; column: string; header?: string };
  /** Set for YAML and JSON files (1-based). */
  line?: number;
}

/** Says where a path is in the file the author wrote. */
export interface Locator {
  locate(path: FilePath): Omit<FrameworkProblem, 'path' | 'message'>;
}

/** `questions[3].criterion`, the path as an author reads it in a YAML file. */
export function formatPath(path: FilePath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out === '' ? '(the whole file)' : out;
}

/** One line per problem, for the terminal and for logs. */
export function formatProblems(problems: readonly FrameworkProblem[]): string {
  return problems.map((problem) => `${problem.where}: ${problem.message}`).join('\n');
}

/** Problems in the order an author meets them: by line, or by sheet (in the workbook's order), row and column. */
export function inFileOrder(problems: readonly FrameworkProblem[], sheets: readonly string[] = []): FrameworkProblem[] {
  const sheetIndex = (name: string) => {
    const index = sheets.indexOf(
      name
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_'),
    );
    return index === -1 ? sheets.length : index;
  };
  const columnNumber = (column: string) =>
    [...column].reduce((sum, letter) => sum * 26 + (letter.charCodeAt(0) - 64), 0);
  return [...problems].sort((a, b) => {
    if (a.line !== undefined && b.line !== undefined) return a.line - b.line;
    if (a.cell && b.cell)
      return (
        sheetIndex(a.cell.sheet) - sheetIndex(b.cell.sheet) ||
        a.cell.row - b.cell.row ||
        columnNumber(a.cell.column) - columnNumber(b.cell.column)
      );
    return 0;
  });
}
