// Reading a framework workbook: its rows become the file's YAML shape, each field remembered at its cell, so every
// problem the checks find names the sheet, the row and the column.
import type { Worksheet } from 'exceljs';
import type { FilePath, Locator } from './problems.ts';
import { inFileOrder } from './problems.ts';
import { checkFrameworkInput, type FrameworkRead, type ReadOptions } from './read.ts';
import {
  cellText,
  list,
  NO,
  normalName,
  parseDateRule,
  parseScoring,
  REQUIRED_COLUMNS,
  REQUIRED_SHEETS,
  WORKBOOK_SHEETS,
  YES,
  type SheetName,
} from './workbook-sheets.ts';

interface Cell {
  sheet: string;
  row: number;
  column: string;
  header?: string;
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

interface SheetRow {
  row: number;
  get(column: string): string;
  /** The raw cell value, for numbers. */
  raw(column: string): unknown;
}

/** Reads a framework workbook (XLSX bytes) and checks it; every problem names its sheet, row and column. */
export async function readWorkbookFramework(bytes: Uint8Array, options: ReadOptions = {}): Promise<FrameworkRead> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return {
      ok: false,
      problems: [{ path: [], where: 'the file', message: 'the file is not an XLSX workbook (save it as .xlsx)' }],
    };
  }

  const locations = new Map<string, Cell>();
  const problems: Array<{ path: FilePath; message: string }> = [];
  const sheetProblems: Array<{ cell: Cell; message: string }> = [];
  const at = (path: FilePath, cell: Cell) => locations.set(JSON.stringify(path), cell);

  const columnsOf = new Map<SheetName, Map<string, number>>();
  // Sheet and column names are read as an author might type them: "Questions" or "answer set" are understood.
  const sheets = new Map<string, Worksheet>();
  for (const sheet of workbook.worksheets) {
    const name = normalName(sheet.name);
    if (name in WORKBOOK_SHEETS && !sheets.has(name)) sheets.set(name, sheet);
    else
      sheetProblems.push({
        cell: { sheet: sheet.name, row: 1, column: 'A' },
        message: sheets.has(name)
          ? `there are two "${name}" sheets`
          : `"${sheet.name}" is not a sheet of a framework workbook (known: ${Object.keys(WORKBOOK_SHEETS).join(', ')})`,
      });
  }
  const sheetName = (name: SheetName) => sheets.get(name)?.name ?? name;
  const rowsOf = (name: SheetName): SheetRow[] => {
    const sheet: Worksheet | undefined = sheets.get(name);
    if (!sheet) {
      if (REQUIRED_SHEETS.includes(name))
        sheetProblems.push({
          cell: { sheet: name, row: 1, column: 'A' },
          message: `the workbook has no "${name}" sheet`,
        });
      return [];
    }
    const columns = new Map<string, number>();
    sheet.getRow(1).eachCell((cell, index) => {
      const header = normalName(cellText(cell.value));
      if (header === '') return;
      if (!(WORKBOOK_SHEETS[name] as readonly string[]).includes(header))
        sheetProblems.push({
          cell: { sheet: sheet.name, row: 1, column: columnLetter(index), header },
          message: `"${header}" is not a column of the ${name} sheet (known: ${WORKBOOK_SHEETS[name].join(', ')})`,
        });
      else if (columns.has(header))
        sheetProblems.push({
          cell: { sheet: sheet.name, row: 1, column: columnLetter(index), header },
          message: `the column "${header}" appears twice`,
        });
      else columns.set(header, index);
    });
    for (const required of REQUIRED_COLUMNS[name])
      if (!columns.has(required))
        sheetProblems.push({
          cell: { sheet: sheet.name, row: 1, column: columnLetter(sheet.columnCount + 1) },
          message: `the ${name} sheet has no "${required}" column`,
        });
    columnsOf.set(name, columns);
    const rows: SheetRow[] = [];
    for (let number = 2; number <= sheet.rowCount; number += 1) {
      const row = sheet.getRow(number);
      const raw = (column: string): unknown => {
        const index = columns.get(column);
        return index === undefined ? undefined : row.getCell(index).value;
      };
      const get = (column: string): string => cellText(raw(column));
      if ([...columns.keys()].every((column) => get(column) === '')) continue;
      rows.push({ row: number, get, raw });
    }
    return rows;
  };
  const cellOf = (name: SheetName, row: number, column: string): Cell => {
    const index = columnsOf.get(name)?.get(column);
    return { sheet: sheetName(name), row, column: index === undefined ? '?' : columnLetter(index), header: column };
  };
  /** A text field: put in the object when filled, recorded at its cell. */
  const field = (
    target: Record<string, unknown>,
    name: SheetName,
    row: SheetRow,
    column: string,
    path: FilePath,
    key: string,
  ): void => {
    at([...path, key], cellOf(name, row.row, column));
    const value = row.get(column);
    if (value !== '') target[key] = value;
  };
  const numberField = (
    target: Record<string, unknown>,
    name: SheetName,
    row: SheetRow,
    column: string,
    path: FilePath,
    key: string,
  ) => {
    const cell = cellOf(name, row.row, column);
    at([...path, key], cell);
    const raw = row.raw(column);
    const text = row.get(column);
    if (text === '') return;
    const value = typeof raw === 'number' ? raw : Number(text.replace(/%$/, ''));
    if (Number.isFinite(value)) target[key] = value;
    else {
      problems.push({ path: [...path, key], message: `"${text}" is not a number` });
      target[key] = 0;
    }
  };

  // settings
  const settings: Record<string, unknown> = {};
  const settingRows = rowsOf('settings');
  const setting = settingRows[0];
  if (settingRows.length > 1)
    sheetProblems.push({
      cell: cellOf('settings', settingRows[1]!.row, 'key'),
      message: 'the settings sheet has one row under its header',
    });
  for (const key of ['key', 'version', 'title', 'description'])
    if (setting) field(settings, 'settings', setting, key, [], key);
    else at([key], { sheet: 'settings', row: 2, column: 'A' });

  const sections = rowsOf('sections').map((row, index) => {
    const section: Record<string, unknown> = {};
    at(['sections', index], cellOf('sections', row.row, 'code'));
    field(section, 'sections', row, 'code', ['sections', index], 'code');
    field(section, 'sections', row, 'title', ['sections', index], 'title');
    return section;
  });

  const criteria = rowsOf('criteria').map((row, index) => {
    const path = ['criteria', index];
    const criterion: Record<string, unknown> = {};
    at(path, cellOf('criteria', row.row, 'code'));
    for (const key of ['code', 'section', 'title', 'description']) field(criterion, 'criteria', row, key, path, key);
    at([...path, 'scoring'], cellOf('criteria', row.row, 'scoring'));
    const scoringText = row.get('scoring');
    if (scoringText !== '') {
      const scoring = parseScoring(scoringText);
      if (scoring) criterion.scoring = scoring;
      else {
        problems.push({
          path: [...path, 'scoring'],
          message: `"${scoringText}" is not a way of scoring: write "pooled", "pooled excluding <tags>", "overall judgement by <question key>" or "not scored"`,
        });
        criterion.scoring = { kind: 'notScored' };
      }
    }
    at([...path, 'tags'], cellOf('criteria', row.row, 'tags'));
    if (row.get('tags') !== '') criterion.tags = list(row.get('tags'));
    return criterion;
  });

  const questions = rowsOf('questions').map((row, index) => {
    const path = ['questions', index];
    const question: Record<string, unknown> = {};
    at(path, cellOf('questions', row.row, 'key'));
    for (const [column, key] of [
      ['key', 'key'],
      ['criterion', 'criterion'],
      ['text', 'text'],
      ['answer_set', 'answerSet'],
      ['applies_when', 'applicability'],
    ] as const)
      field(question, 'questions', row, column, path, key);
    const ruleText = row.get('date_rule');
    const modeText = row.get('date_rule_mode').toLowerCase().replace(/\s+/g, '');
    const ruleCell = cellOf('questions', row.row, 'date_rule');
    at([...path, 'derivation'], ruleCell);
    at([...path, 'derivation', 'rule'], ruleCell);
    at([...path, 'derivation', 'mode'], cellOf('questions', row.row, 'date_rule_mode'));
    if (ruleText !== '') {
      const rule = parseDateRule(ruleText);
      const mode = modeText === 'answer' ? 'answer' : modeText === 'alsorequired' ? 'alsoRequired' : null;
      if (!rule)
        problems.push({
          path: [...path, 'derivation', 'rule'],
          message: `"${ruleText}" is not a date rule: write "within <n> working days from <date> to <date>" or "reviewed every <n> weeks from <date> until <date>"`,
        });
      if (!mode)
        problems.push({
          path: [...path, 'derivation', 'mode'],
          message: `a date rule is either "answer" (it gives the answer) or "also required" (the answer meets only when it holds), not "${row.get('date_rule_mode')}"`,
        });
      if (rule && mode) question.derivation = { rule, mode };
    } else if (modeText !== '')
      problems.push({ path: [...path, 'derivation', 'mode'], message: 'a date rule mode without a date rule' });
    at([...path, 'tags'], cellOf('questions', row.row, 'tags'));
    if (row.get('tags') !== '') question.tags = list(row.get('tags'));
    const bySubsample = row.get('report_by_subsample').toLowerCase();
    at([...path, 'reportBySubsample'], cellOf('questions', row.row, 'report_by_subsample'));
    if (YES.has(bySubsample)) question.reportBySubsample = true;
    else if (NO.has(bySubsample)) question.reportBySubsample = false;
    else if (bySubsample !== '')
      problems.push({
        path: [...path, 'reportBySubsample'],
        message: `write yes or no, not "${row.get('report_by_subsample')}"`,
      });
    at([...path, 'prompts'], cellOf('questions', row.row, 'prompts'));
    const prompts = row
      .get('prompts')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    if (prompts.length > 0) question.prompts = prompts;
    return question;
  });

  const answerSets: Array<{ key: string; options: Array<Record<string, unknown>> }> = [];
  for (const row of rowsOf('answer_sets')) {
    const key = row.get('answer_set');
    let setIndex = answerSets.findIndex((set) => set.key === key);
    if (setIndex === -1) {
      setIndex = answerSets.push({ key, options: [] }) - 1;
      at(['answerSets', setIndex], cellOf('answer_sets', row.row, 'answer_set'));
      at(['answerSets', setIndex, 'key'], cellOf('answer_sets', row.row, 'answer_set'));
      at(['answerSets', setIndex, 'options'], cellOf('answer_sets', row.row, 'answer_set'));
    }
    const set = answerSets[setIndex]!;
    const path = ['answerSets', setIndex, 'options', set.options.length];
    const option: Record<string, unknown> = {};
    at(path, cellOf('answer_sets', row.row, 'value'));
    field(option, 'answer_sets', row, 'value', path, 'value');
    field(option, 'answer_sets', row, 'label', path, 'label');
    at([...path, 'meets'], cellOf('answer_sets', row.row, 'meets'));
    const meets = row.get('meets').toLowerCase();
    if (YES.has(meets)) option.meets = true;
    else if (NO.has(meets)) option.meets = false;
    else if (meets === '')
      problems.push({ path: [...path, 'meets'], message: 'say whether this answer meets the question: yes or no' });
    else problems.push({ path: [...path, 'meets'], message: `write yes or no, not "${row.get('meets')}"` });
    if (option.meets === undefined) option.meets = false;
    set.options.push(option);
  }

  const subsamples = rowsOf('subsamples').map((row, index) => {
    const subsample: Record<string, unknown> = {};
    const path = ['subsamples', index];
    at(path, cellOf('subsamples', row.row, 'key'));
    for (const key of ['key', 'label', 'condition']) field(subsample, 'subsamples', row, key, path, key);
    return subsample;
  });

  const bandRows = rowsOf('rating_bands');
  const ratingBands = bandRows.map((row, index) => {
    const band: Record<string, unknown> = {};
    const path = ['ratingBands', index];
    at(path, cellOf('rating_bands', row.row, 'from'));
    numberField(band, 'rating_bands', row, 'from', path, 'from');
    field(band, 'rating_bands', row, 'label', path, 'label');
    return band;
  });

  const ratingRows = rowsOf('ratings');
  const ratingList = ratingRows.map((row, index) => {
    const rating: Record<string, unknown> = {};
    const path = ['ratings', 'ratings', index];
    at(path, cellOf('ratings', row.row, 'key'));
    field(rating, 'ratings', row, 'key', path, 'key');
    field(rating, 'ratings', row, 'label', path, 'label');
    numberField(rating, 'ratings', row, 'from', path, 'from');
    numberField(rating, 'ratings', row, 'points', path, 'points');
    return rating;
  });
  const thresholds = rowsOf('overall_rating').map((row, index) => {
    const threshold: Record<string, unknown> = {};
    const path = ['ratings', 'overall', 'thresholds', index];
    at(path, cellOf('overall_rating', row.row, 'from_points'));
    numberField(threshold, 'overall_rating', row, 'from_points', path, 'from');
    field(threshold, 'overall_rating', row, 'rating', path, 'rating');
    return threshold;
  });
  const questionSets = rowsOf('question_sets').map((row, index) => {
    const set: Record<string, unknown> = {};
    const path = ['ratings', 'questionSets', index];
    at(path, cellOf('question_sets', row.row, 'key'));
    field(set, 'question_sets', row, 'key', path, 'key');
    field(set, 'question_sets', row, 'label', path, 'label');
    const tags = list(row.get('exclude_tags'));
    set.excludeTags = tags;
    tags.forEach((_, i) => at([...path, 'excludeTags', i], cellOf('question_sets', row.row, 'exclude_tags')));
    return set;
  });
  at(['ratings'], { sheet: 'ratings', row: 1, column: 'A' });
  at(['ratings', 'ratings'], { sheet: 'ratings', row: 1, column: 'A' });
  at(['ratings', 'overall', 'thresholds'], { sheet: 'overall_rating', row: 1, column: 'A' });
  at(['ratings', 'questionSets'], { sheet: 'question_sets', row: 1, column: 'A' });
  const unitFact = setting?.get('unit_fact') ?? '';
  if (setting) at(['ratings', 'unitFact'], cellOf('settings', setting.row, 'unit_fact'));
  const hasRatings = ratingList.length > 0 || thresholds.length > 0 || questionSets.length > 0;
  if (!hasRatings && unitFact !== '')
    problems.push({
      path: ['ratings', 'unitFact'],
      message: 'a unit fact rolls ratings up, but the ratings sheet is empty',
    });

  const compareWith = setting?.get('compare_with_version') ?? '';
  if (setting) at(['comparableWith', 'fromVersion'], cellOf('settings', setting.row, 'compare_with_version'));
  const comparability = { questions: {} as Record<string, string>, criteria: {} as Record<string, string> };
  const comparabilityRows = rowsOf('comparability');
  for (const row of comparabilityRows) {
    const kind = row.get('kind').toLowerCase();
    const group = kind === 'question' ? 'questions' : kind === 'criterion' ? 'criteria' : null;
    if (!group) {
      sheetProblems.push({
        cell: cellOf('comparability', row.row, 'kind'),
        message: `write question or criterion, not "${row.get('kind')}"`,
      });
      continue;
    }
    const key = row.get('key');
    if (key in comparability[group]) {
      sheetProblems.push({
        cell: cellOf('comparability', row.row, 'key'),
        message: `the ${kind} "${key}" is listed twice`,
      });
      continue;
    }
    comparability[group][key] = row.get('earlier_key');
    // The key's own cell for "this version has no…", the earlier key's for "the earlier version has no…".
    at(['comparableWith', group, key], cellOf('comparability', row.row, 'key'));
    at(['comparableWith', group, key, 'earlier'], cellOf('comparability', row.row, 'earlier_key'));
  }
  if (compareWith === '' && comparabilityRows.length > 0)
    sheetProblems.push({
      cell: setting
        ? cellOf('settings', setting.row, 'compare_with_version')
        : { sheet: 'settings', row: 2, column: 'A' },
      message: 'the comparability sheet has rows, so name the earlier version in compare_with_version',
    });

  const input: Record<string, unknown> = {
    ...settings,
    sections,
    criteria,
    questions,
    answerSets,
    ...(subsamples.length > 0 ? { subsamples } : {}),
    ...(bandRows.length > 0 ? { ratingBands } : {}),
    ...(hasRatings
      ? {
          ratings: {
            ratings: ratingList,
            overall: { thresholds },
            questionSets,
            ...(unitFact !== '' ? { unitFact } : {}),
          },
        }
      : {}),
    ...(compareWith !== ''
      ? {
          comparableWith: {
            fromVersion: compareWith,
            questions: comparability.questions,
            ...(Object.keys(comparability.criteria).length > 0 ? { criteria: comparability.criteria } : {}),
          },
        }
      : {}),
  };

  const describeCell = (cell: Cell) =>
    `sheet "${cell.sheet}", row ${cell.row}, column ${cell.column}${cell.header ? ` (${cell.header})` : ''}`;
  const locator: Locator = {
    locate(path: FilePath) {
      for (let length = path.length; length > 0; length -= 1) {
        const cell = locations.get(JSON.stringify(path.slice(0, length)));
        if (cell) return { where: describeCell(cell), cell };
      }
      const cell: Cell = { sheet: 'settings', row: 2, column: 'A' };
      return { where: describeCell(cell), cell };
    },
  };
  const read = checkFrameworkInput(input, locator, options, problems);
  const early = sheetProblems.map(({ cell, message }) => ({ path: [], where: describeCell(cell), cell, message }));
  if (early.length === 0)
    return read.ok ? read : { ok: false, problems: inFileOrder(read.problems, Object.keys(WORKBOOK_SHEETS)) };
  return {
    ok: false,
    problems: inFileOrder([...early, ...(read.ok ? [] : read.problems)], Object.keys(WORKBOOK_SHEETS)),
  };
}
