// The framework file: how an inspectorate writes a framework as YAML or JSON (the workbook reads into the same
// shape). It spells the domain's FrameworkDefinition with authors' words (questions, not measures) and defaults
// for what most questions share; framework.schema.json is generated from this schema for editors.
import { z } from 'zod';
import { FACT_NAMES } from './condition-text.ts';

const text = z.string().regex(/\S/, 'must not be blank');
const tags = z.array(text).describe('Free labels, e.g. core or needs-person-interviews.');

export type FileCondition =
  | string
  | { always: true }
  | { fact: (typeof FACT_NAMES)[number]; in: Array<string | number> }
  | { flag: string }
  | { hasDate: string }
  | { all: FileCondition[] }
  | { any: FileCondition[] }
  | { not: FileCondition };

export const conditionSchema: z.ZodType<FileCondition> = z
  .union([
    z
      .string()
      .describe(
        'A condition in words, e.g. "riskOfHarm in (HIGH, VERY_HIGH) or flag childProtectionConcerns", "has date supervisionPlan", "always".',
      ),
    z.object({ always: z.literal(true) }).strict(),
    z.object({ fact: z.enum(FACT_NAMES), in: z.array(z.union([z.string(), z.number()])).min(1) }).strict(),
    z.object({ flag: text }).strict(),
    z.object({ hasDate: text }).strict(),
    z.object({ all: z.array(z.lazy(() => conditionSchema)).min(1) }).strict(),
    z.object({ any: z.array(z.lazy(() => conditionSchema)).min(1) }).strict(),
    z.object({ not: z.lazy(() => conditionSchema) }).strict(),
  ])
  .describe('Which case files this applies to: a condition over the case facts, in words or as data.');

const scoringSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('pooled'), excludeTags: tags.optional() }).strict(),
    z.object({ kind: z.literal('overallJudgement'), question: text }).strict(),
    z.object({ kind: z.literal('notScored') }).strict(),
  ])
  .describe(
    'pooled: every applicable answer of the criterion pooled; overallJudgement: the share of case files meeting one judgement question; notScored.',
  );

const derivationSchema = z
  .object({
    rule: z.discriminatedUnion('kind', [
      z
        .object({
          kind: z.literal('withinWorkingDays'),
          from: text,
          to: text,
          days: z.number().int().min(0),
        })
        .strict(),
      z
        .object({
          kind: z.literal('reviewedEveryWeeks'),
          from: text,
          until: text,
          weeks: z.number().positive(),
        })
        .strict(),
    ]),
    mode: z.enum(['answer', 'alsoRequired']),
  })
  .strict()
  .describe('A rule worked out from the case dates: the answer itself, or also required for the answer to meet.');

export const questionSchema = z
  .object({
    key: text.describe('Stable key, e.g. B1.rmp-quality-timely; comparisons across versions use it.'),
    criterion: text,
    text,
    answerSet: text,
    applicability: conditionSchema.optional().describe('Where the question is asked; absent: every case file.'),
    derivation: derivationSchema.optional(),
    tags: tags.optional(),
    reportBySubsample: z
      .boolean()
      .optional()
      .describe('false for a question asked of one subsample only (e.g. high risk of harm): no subsample figures.'),
    prompts: z.array(text).optional().describe('What an assessor weighs before answering (shown as guidance).'),
  })
  .strict();

export const frameworkFileSchema = z
  .object({
    $schema: z.string().optional(),
    key: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be lower case letters, digits, dots and dashes, such as esi'),
    version: text.describe('In quotes, e.g. "2024.1": each published version is frozen.'),
    title: text,
    description: z.string().optional(),
    sections: z.array(z.object({ code: text, title: text }).strict()),
    criteria: z.array(
      z
        .object({
          code: text,
          section: text,
          title: text,
          description: z.string().optional(),
          scoring: scoringSchema,
          tags: tags.optional(),
        })
        .strict(),
    ),
    questions: z.array(questionSchema),
    answerSets: z.array(
      z
        .object({
          key: text,
          options: z.array(z.object({ value: text, label: text, meets: z.boolean() }).strict()),
        })
        .strict(),
    ),
    subsamples: z
      .array(z.object({ key: text, label: text, condition: conditionSchema }).strict())
      .optional()
      .describe('Named groups of case files every figure is also shown for.'),
    ratingBands: z
      .array(z.object({ from: z.number(), label: text }).strict())
      .optional()
      .describe('Bands scores are placed in, ascending by from (a percentage).'),
    ratings: z
      .object({
        ratings: z.array(z.object({ key: text, label: text, from: z.number(), points: z.number() }).strict()),
        standardRule: z.literal('lowestKeyQuestion').optional(),
        overall: z
          .object({
            rule: z.literal('sumOfPoints').optional(),
            thresholds: z.array(z.object({ from: z.number(), rating: text }).strict()),
          })
          .strict(),
        questionSets: z.array(z.object({ key: text, label: text, excludeTags: tags }).strict()),
        unitFact: z.enum(FACT_NAMES).optional(),
      })
      .strict()
      .optional()
      .describe('How standards and the inspection are rated; absent where the framework gives no ratings.'),
    comparableWith: z
      .object({
        fromVersion: text,
        questions: z.record(z.string(), text).describe('This version’s question key → the earlier version’s key.'),
        criteria: z.record(z.string(), text).optional(),
      })
      .strict()
      .optional()
      .describe('Which questions can be compared with an earlier version of this framework.'),
  })
  .strict();

export type FrameworkFile = z.infer<typeof frameworkFileSchema>;

/** The JSON Schema editors use to check and complete a YAML or JSON framework file. */
export function frameworkJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(frameworkFileSchema, { target: 'draft-2020-12', io: 'input' }),
    $id: 'https://scrutiny.invalid/framework.schema.json',
    title: 'Scrutiny framework file',
  };
}
