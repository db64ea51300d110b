// The preview of an uploaded framework as an assessor would meet it on one case file: the author makes up the case's
// facts and sees which questions are asked. Which apply is the domain's rule (appliesTo), the same the API uses.
import {
  appliesTo,
  CASE_DATES,
  CASE_FLAGS,
  type CaseFacts,
  type FrameworkDefinition,
  type RiskOfHarm,
} from '@scrutiny/domain';
import { bytesToBase64 } from '../sample/case-list-file.ts';

export type FrameworkFileFormat = 'YAML' | 'XLSX';

/** The format of a chosen file by its name; null when it is not a framework file. */
export function frameworkFileFormat(name: string): FrameworkFileFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'XLSX';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml') || lower.endsWith('.json')) return 'YAML';
  return null;
}

export async function readFrameworkUpload(
  file: File,
): Promise<{ format: FrameworkFileFormat; content: string } | null> {
  const format = frameworkFileFormat(file.name);
  if (!format) return null;
  const content = format === 'YAML' ? await file.text() : bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  return { format, content };
}

/** The made-up case the author changes: a risk of harm, flags and which dates the case list gives. */
export interface MadeUpCase {
  riskOfHarm: RiskOfHarm;
  flags: ReadonlySet<string>;
  dates: ReadonlySet<string>;
}

export const MADE_UP_FLAGS: readonly string[] = CASE_FLAGS;
export const MADE_UP_DATES: readonly string[] = CASE_DATES;

export function madeUpFacts(made: MadeUpCase): CaseFacts {
  return {
    reference: 'PREVIEW',
    orderType: 'CO',
    riskOfHarm: made.riskOfHarm,
    mappaCategory: null,
    mappaLevel: null,
    district: null,
    sex: null,
    dates: Object.fromEntries([...made.dates].map((name) => [name, '2025-01-06'])),
    reviewDates: [],
    flags: Object.fromEntries([...made.flags].map((name) => [name, true])),
  };
}

export interface PreviewCriterion {
  code: string;
  title: string;
  questions: Array<{ key: string; text: string; asked: boolean; prompts: readonly string[] }>;
}

/** The framework's criteria with their questions, each marked asked or not for the made-up case. */
export function questionsForCase(definition: FrameworkDefinition, made: MadeUpCase): PreviewCriterion[] {
  const facts = madeUpFacts(made);
  return definition.criteria.map((criterion) => ({
    code: criterion.code,
    title: criterion.title,
    questions: definition.measures
      .filter((measure) => measure.criterion === criterion.code)
      .map((measure) => ({
        key: measure.key,
        text: measure.text,
        asked: appliesTo(measure.applicability, facts),
        prompts: measure.prompts ?? [],
      })),
  }));
}
