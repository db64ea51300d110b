// The workbook spelling of a framework file, in the manner of XLSForm: one sheet per kind of thing, a header row of
// column names, one row per item. Problems name the sheet, the row and the column.
import type { Derivation, FrameworkDefinition } from '@scrutiny/domain';
import type { Worksheet } from 'exceljs';
import { definitionToFile } from './convert.ts';
import { inFileOrder, type FilePath, type Locator } from './problems.ts';
import { checkFrameworkInput, type FrameworkRead, type ReadOptions } from './read.ts';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The sheets and their columns, in order; the first sheets must be there, the rest may be left out. */
export const WORKBOOK_SHEETS = {
  settings: ['key', 'version', 'title', 'description', 'unit_fact', 'compare_with_version'],
  sections: ['code', 'title'],
  criteria: ['code', 'section', 'title', 'description', 'scoring', 'tags'],
  questions: [
    'key',
    'criterion',
    'text',
    'answer_set',
    'applies_when',
    'date_rule',
    'date_rule_mode',
    'tags',
    'report_by_subsample',
    'prompts',
  ],
  answer_sets: ['answer_set', 'value', 'label', 'meets'],
  subsamples: ['key', 'label', 'condition'],
  rating_bands: ['from', 'label'],
  ratings: ['key', 'label', 'from', 'points'],
  overall_rating: ['from_points', 'rating'],
  question_sets: ['key', 'label', 'exclude_tags'],
  comparability: ['kind', 'key', 'earlier_key'],
} as const;
type SheetName = keyof typeof WORKBOOK_SHEETS;
const REQUIRED_SHEETS: readonly SheetName[] = ['settings', 'sections', 'criteria', 'questions', 'answer_sets'];
const REQUIRED_COLUMNS: Readonly<Record<SheetName, readonly string[]>> = {
  settings: ['key', 'version', 'title'],
  sections: ['code', 'title'],
  criteria: ['code', 'section', 'title', 'scoring'],
  questions: ['key', 'criterion', 'text', 'answer_set'],
  answer_sets: ['answer_set', 'value', 'label', 'meets'],
  subsamples: ['key', 'label', 'condition'],
  rating_bands: ['from', 'label'],
  ratings: ['key', 'label', 'from', 'points'],
  overall_rating: ['from_points', 'rating'],
  question_sets: ['key', 'label'],
  comparability: ['kind', 'key', 'earlier_key'],
};

// ---- cell values as text -------------------------------------------------------------------------------------

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText))
      return (value.richText as Array<{ text: string }>)
        .map((part) => part.text)
        .join('')
        .trim();
    if ('result' in value) return cellText(value.result);
    if ('text' in value) return cellText(value.text);
  }
  return String(value as string).trim();
}

/** A sheet or column name as the format spells it: lower case, words joined by underscores. */
function normalName(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function list(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

// ---- scoring and date rules in words ----------------------------------------------------------------------------

type FileScoring = ReturnType<typeof definitionToFile>['criteria'][number]['scoring'];

function parseScoring(text: string): FileScoring | null {
  const lower = text.toLowerCase();
  if (lower === 'not scored') return { kind: 'notScored' };
  if (lower === 'pooled') return { kind: 'pooled' };
  const excluding = /^pooled excluding (.+)$/i.exec(text);
  if (excluding) return { kind: 'pooled', excludeTags: list(excluding[1] ?? '') };
  const judged = /^overall judgement(?: by|:)?\s+(\S+)$/i.exec(text);
  if (judged) return { kind: 'overallJudgement', question: judged[1] ?? '' };
  return null;
}

function formatScoring(scoring: FileScoring): string {
  if (scoring.kind === 'notScored') return 'not scored';
  if (scoring.kind === 'overallJudgement') return `overall judgement by ${scoring.question}`;
  return scoring.excludeTags ? `pooled excluding ${scoring.excludeTags.join(', ')}` : 'pooled';
}

function parseDateRule(text: string): Derivation | null {
  const working = /^within (\d+) working days? from (\S+) to (\S+)$/i.exec(text);
  if (working)
    return { kind: 'withinWorkingDays', days: Number(working[1]), from: working[2] ?? '', to: working[3] ?? '' };
  const reviewed = /^reviewed every (\d+(?:\.\d+)?) weeks? from (\S+) until (\S+)$/i.exec(text);
  if (reviewed)
    return {
      kind: 'reviewedEveryWeeks',
      weeks: Number(reviewed[1]),
      from: reviewed[2] ?? '',
      until: reviewed[3] ?? '',
    };
  return null;
}

function formatDateRule(rule: Derivation): string {
  return rule.kind === 'withinWorkingDays'
    ? `within ${rule.days} working days from ${rule.from} to ${rule.to}`
    : `reviewed every ${rule.weeks} weeks from ${rule.from} until ${rule.until}`;
}

// ---- reading ----------------------------------------------------------------------------------------------------

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

// ---- writing ----------------------------------------------------------------------------------------------------

/** The framework as a workbook an author can edit and read back to the same definition. */
export async function writeWorkbookFramework(definition: FrameworkDefinition): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const file = definitionToFile(definition);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Scrutiny';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  workbook.title = `${file.title} (${file.version})`;
  const add = (name: SheetName, rows: Array<Record<string, string | number | undefined>>, always = true) => {
    if (!always && rows.length === 0) return;
    const columns = WORKBOOK_SHEETS[name];
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((column) => ({
      header: column,
      key: column,
      width: ['text', 'description', 'prompts', 'applies_when', 'label', 'title'].includes(column) ? 60 : 20,
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of rows) sheet.addRow(row);
    if (name === 'questions') sheet.getColumn('prompts').alignment = { wrapText: true, vertical: 'top' };
  };
  add('settings', [
    {
      key: file.key,
      version: file.version,
      title: file.title,
      description: file.description,
      unit_fact: file.ratings?.unitFact,
      compare_with_version: file.comparableWith?.fromVersion,
    },
  ]);
  add(
    'sections',
    file.sections.map((section) => ({ ...section })),
  );
  add(
    'criteria',
    file.criteria.map((criterion) => ({
      code: criterion.code,
      section: criterion.section,
      title: criterion.title,
      description: criterion.description,
      scoring: formatScoring(criterion.scoring),
      tags: criterion.tags?.join(', '),
    })),
  );
  add(
    'questions',
    file.questions.map((question) => ({
      key: question.key,
      criterion: question.criterion,
      text: question.text,
      answer_set: question.answerSet,
      applies_when: typeof question.applicability === 'string' ? question.applicability : undefined,
      date_rule: question.derivation ? formatDateRule(question.derivation.rule) : undefined,
      date_rule_mode: question.derivation
        ? question.derivation.mode === 'answer'
          ? 'answer'
          : 'also required'
        : undefined,
      tags: question.tags?.join(', '),
      report_by_subsample: question.reportBySubsample === false ? 'no' : undefined,
      prompts: question.prompts?.join('\n'),
    })),
  );
  add(
    'answer_sets',
    file.answerSets.flatMap((set) =>
      set.options.map((option) => ({
        answer_set: set.key,
        value: option.value,
        label: option.label,
        meets: option.meets ? 'yes' : 'no',
      })),
    ),
  );
  add(
    'subsamples',
    (file.subsamples ?? []).map((subsample) => ({
      key: subsample.key,
      label: subsample.label,
      condition: typeof subsample.condition === 'string' ? subsample.condition : undefined,
    })),
  );
  add(
    'rating_bands',
    (file.ratingBands ?? []).map((band) => ({ ...band })),
  );
  add(
    'ratings',
    (file.ratings?.ratings ?? []).map((rating) => ({ ...rating })),
  );
  add(
    'overall_rating',
    (file.ratings?.overall.thresholds ?? []).map((threshold) => ({
      from_points: threshold.from,
      rating: threshold.rating,
    })),
  );
  add(
    'question_sets',
    (file.ratings?.questionSets ?? []).map((set) => ({
      key: set.key,
      label: set.label,
      exclude_tags: set.excludeTags.join(', '),
    })),
  );
  add('comparability', [
    ...Object.entries(file.comparableWith?.questions ?? {}).map(([key, earlier]) => ({
      kind: 'question',
      key,
      earlier_key: earlier,
    })),
    ...Object.entries(file.comparableWith?.criteria ?? {}).map(([key, earlier]) => ({
      kind: 'criterion',
      key,
      earlier_key: earlier,
    })),
  ]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
