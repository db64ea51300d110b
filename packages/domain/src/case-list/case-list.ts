// An area's case list, as it supplies it (CSV here; an XLSX reader elsewhere hands over the same rows).
//
// Columns, matched by header name (case-insensitive; spaces and hyphens count as underscores; any order):
//   reference                  required  pseudonymous case reference, unique in the list
//   person                     required  pseudonymous identifier of the person (one case per person is sampled)
//   order_type                 required  CO, CPO, CPRO, LICENCE, ... (stored upper case; LICENSE is read as LICENCE)
//   risk_of_harm               required  low, medium, high, very high (or very_high)
//   officer                    optional  responsible officer (for the per-officer cap); empty = not known
//   sex                        optional  male / female (or m / f); empty = not known
//   mappa_category             optional  1 to 4; empty = not a MAPPA case
//   mappa_level                optional  1 to 3; empty = none
//   district                   optional
//   start_date, initial_assessment_date, risk_management_plan_date, supervision_plan_date
//                              optional  YYYY-MM-DD or DD/MM/YYYY
//   review_dates               optional  dates as above, separated by semicolons
//   significant_incident, additional_requirements, child_protection_concerns, other_agency_assessments,
//   community_punishment       optional  yes/no, true/false, y/n or 1/0; empty = no
//   eligible                   optional  yes/no as above; default yes
//   ineligible_reason          optional  why the case cannot be inspected (redacted, not yet started, ...)
//
// A row that cannot be read is reported with its row number (the header is row 1) and left out, never guessed at.
import type { CaseFacts, RiskOfHarm } from '../framework/model.ts';
import type { CaseCandidate } from '../sampling/sample.ts';
import { parseCsv } from './csv.ts';

export interface CaseListProblem {
  /** Record number in the list; the header is row 1. */
  row: number;
  /** The column concerned, when there is one. */
  column: string | null;
  message: string;
}

export interface CaseListParse {
  candidates: CaseCandidate[];
  problems: CaseListProblem[];
}

const REQUIRED_COLUMNS = ['reference', 'person', 'order_type', 'risk_of_harm'] as const;

const DATE_COLUMNS = {
  start_date: 'start',
  initial_assessment_date: 'initialAssessment',
  risk_management_plan_date: 'riskManagementPlan',
  supervision_plan_date: 'supervisionPlan',
} as const;

const FLAG_COLUMNS = {
  significant_incident: 'significantIncident',
  additional_requirements: 'additionalRequirements',
  child_protection_concerns: 'childProtectionConcerns',
  other_agency_assessments: 'otherAgencyAssessments',
  community_punishment: 'communityPunishment',
} as const;

const OPTIONAL_COLUMNS = [
  'officer',
  'sex',
  'mappa_category',
  'mappa_level',
  'district',
  'review_dates',
  'eligible',
  'ineligible_reason',
  ...Object.keys(DATE_COLUMNS),
  ...Object.keys(FLAG_COLUMNS),
];

const KNOWN_COLUMNS = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);

const RISK_LEVELS: Readonly<Record<string, RiskOfHarm>> = {
  low: 'LOW',
  medium: 'MEDIUM',
  high: 'HIGH',
  very_high: 'VERY_HIGH',
};

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0', '']);

function normaliseName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An ISO date (YYYY-MM-DD) from ISO or UK day-first text, or null when it is not a real date. */
export function readCaseListDate(text: string): string | null {
  const value = text.trim();
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  let year: number, month: number, day: number;
  if (match) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
    if (!match) return null;
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  if (!isRealDate(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads a case list from rows of cells, the first row being the header. */
export function caseListFromRows(rows: readonly (readonly string[])[]): CaseListParse {
  const problems: CaseListProblem[] = [];
  const candidates: CaseCandidate[] = [];
  const header = rows[0];
  if (!header || header.every((cell) => cell.trim() === '')) {
    return {
      candidates,
      problems: [{ row: 1, column: null, message: 'the case list is empty: it needs a header row' }],
    };
  }

  const columnIndex = new Map<string, number>();
  header.forEach((cell, index) => {
    const name = normaliseName(cell);
    if (name === '') return;
    if (columnIndex.has(name)) problems.push({ row: 1, column: name, message: `the column "${name}" appears twice` });
    else if (!KNOWN_COLUMNS.has(name))
      problems.push({ row: 1, column: name, message: `unknown column "${cell.trim()}" is ignored` });
    else columnIndex.set(name, index);
  });
  const missing = REQUIRED_COLUMNS.filter((name) => !columnIndex.has(name));
  for (const name of missing)
    problems.push({ row: 1, column: name, message: `the required column "${name}" is missing` });
  if (missing.length > 0) return { candidates, problems };

  const seenReferences = new Map<string, number>();
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r]!;
    const rowNumber = r + 1;
    if (cells.every((cell) => cell.trim() === '')) continue;
    const rowProblems: CaseListProblem[] = [];
    const problem = (column: string | null, message: string): void => {
      rowProblems.push({ row: rowNumber, column, message });
    };
    const cell = (name: string): string => {
      const index = columnIndex.get(name);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const extra = cells.slice(header.length).filter((value) => value.trim() !== '');
    if (extra.length > 0)
      problem(null, `the row has ${cells.length} cells but the header names ${header.length} columns`);

    const reference = cell('reference');
    if (reference === '') problem('reference', 'the reference is missing');
    else if (seenReferences.has(reference)) {
      problem('reference', `the reference "${reference}" is already used on row ${seenReferences.get(reference)}`);
    } else seenReferences.set(reference, rowNumber);

    const person = cell('person');
    if (person === '') problem('person', 'the person identifier is missing');

    let orderType = cell('order_type').toUpperCase();
    if (orderType === 'LICENSE') orderType = 'LICENCE';
    if (orderType === '') problem('order_type', 'the order or licence type is missing');

    const riskText = cell('risk_of_harm');
    const riskOfHarm = RISK_LEVELS[normaliseName(riskText)];
    if (!riskOfHarm) {
      problem(
        'risk_of_harm',
        riskText === ''
          ? 'the risk of harm level is missing'
          : `unknown risk of harm level "${riskText}" (expected low, medium, high or very high)`,
      );
    }

    const sexText = cell('sex').toLowerCase();
    let sex: CaseFacts['sex'] = null;
    if (sexText === 'male' || sexText === 'm') sex = 'MALE';
    else if (sexText === 'female' || sexText === 'f') sex = 'FEMALE';
    else if (sexText !== '') problem('sex', `unknown sex "${cell('sex')}" (expected male or female, or empty)`);

    const wholeNumber = (name: string, low: number, high: number, label: string): number | null => {
      const text = cell(name);
      if (text === '') return null;
      const value = Number(text);
      if (!/^\d+$/.test(text) || value < low || value > high) {
        problem(name, `${label} must be a whole number from ${low} to ${high}, not "${text}"`);
        return null;
      }
      return value;
    };
    const mappaCategory = wholeNumber('mappa_category', 1, 4, 'the MAPPA category');
    const mappaLevel = wholeNumber('mappa_level', 1, 3, 'the MAPPA level');

    const dates: Record<string, string> = {};
    for (const [column, dateName] of Object.entries(DATE_COLUMNS)) {
      const text = cell(column);
      if (text === '') continue;
      const date = readCaseListDate(text);
      if (date) dates[dateName] = date;
      else problem(column, `"${text}" is not a date (use YYYY-MM-DD or DD/MM/YYYY)`);
    }

    const reviewDates: string[] = [];
    for (const part of cell('review_dates').split(';')) {
      if (part.trim() === '') continue;
      const date = readCaseListDate(part);
      if (date) reviewDates.push(date);
      else
        problem(
          'review_dates',
          `"${part.trim()}" is not a date (use YYYY-MM-DD or DD/MM/YYYY, separated by semicolons)`,
        );
    }
    reviewDates.sort();

    const yesNo = (column: string, missing: boolean): boolean => {
      const text = cell(column).toLowerCase();
      if (text === '') return missing;
      if (YES.has(text)) return true;
      if (NO.has(text)) return false;
      problem(column, `"${cell(column)}" is not yes or no`);
      return missing;
    };
    const flags: Record<string, boolean> = {};
    for (const [column, flagName] of Object.entries(FLAG_COLUMNS)) flags[flagName] = yesNo(column, false);
    const eligible = yesNo('eligible', true);
    const ineligibleReason = cell('ineligible_reason') || null;

    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    candidates.push({
      reference,
      person,
      officer: cell('officer') || null,
      eligible,
      ineligibleReason,
      facts: {
        reference,
        orderType,
        riskOfHarm: riskOfHarm!,
        mappaCategory,
        mappaLevel,
        district: cell('district') || null,
        sex,
        dates,
        reviewDates,
        flags,
      },
    });
  }
  return { candidates, problems };
}

/** Reads a case list from CSV text. */
export function parseCaseListCsv(text: string): CaseListParse {
  const csv = parseCsv(text);
  const parsed = caseListFromRows(csv.rows);
  if (csv.problem) parsed.problems.unshift({ row: csv.problem.row, column: null, message: csv.problem.message });
  return parsed;
}
