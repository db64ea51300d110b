// The workbook spelling of a framework file, in the manner of XLSForm: one sheet per kind of thing, a header row of
// column names, one row per item. This module holds the sheets, their columns and the words cells are written in.
import type { Derivation } from '@scrutiny/domain';
import type { definitionToFile } from './convert.ts';

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
export type SheetName = keyof typeof WORKBOOK_SHEETS;
export const REQUIRED_SHEETS: readonly SheetName[] = ['settings', 'sections', 'criteria', 'questions', 'answer_sets'];
export const REQUIRED_COLUMNS: Readonly<Record<SheetName, readonly string[]>> = {
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

export function cellText(value: unknown): string {
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
export function normalName(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export function list(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export const YES = new Set(['yes', 'y', 'true', '1']);
export const NO = new Set(['no', 'n', 'false', '0']);

// ---- scoring and date rules in words ----------------------------------------------------------------------------

export type FileScoring = ReturnType<typeof definitionToFile>['criteria'][number]['scoring'];

export function parseScoring(text: string): FileScoring | null {
  const lower = text.toLowerCase();
  if (lower === 'not scored') return { kind: 'notScored' };
  if (lower === 'pooled') return { kind: 'pooled' };
  const excluding = /^pooled excluding (.+)$/i.exec(text);
  if (excluding) return { kind: 'pooled', excludeTags: list(excluding[1] ?? '') };
  const judged = /^overall judgement(?: by|:)?\s+(\S+)$/i.exec(text);
  if (judged) return { kind: 'overallJudgement', question: judged[1] ?? '' };
  return null;
}

export function formatScoring(scoring: FileScoring): string {
  if (scoring.kind === 'notScored') return 'not scored';
  if (scoring.kind === 'overallJudgement') return `overall judgement by ${scoring.question}`;
  return scoring.excludeTags ? `pooled excluding ${scoring.excludeTags.join(', ')}` : 'pooled';
}

export function parseDateRule(text: string): Derivation | null {
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

export function formatDateRule(rule: Derivation): string {
  return rule.kind === 'withinWorkingDays'
    ? `within ${rule.days} working days from ${rule.from} to ${rule.to}`
    : `reviewed every ${rule.weeks} weeks from ${rule.from} until ${rule.until}`;
}
