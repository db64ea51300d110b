// Frameworks as files: administrators upload a YAML file or workbook to see every problem or a preview, publish it as
// a frozen version, and anyone signed in downloads any stored framework as a file.
import type { FrameworkChanges, FrameworkProblem } from '@scrutiny/plugin-sdk';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { requireAdministrator } from '../access/administrator.ts';
import type { Context } from '../context.ts';
import {
  downloadFrameworkFile,
  previewFrameworkFile,
  publishFrameworkFile,
  type FrameworkFileDownload,
  type FrameworkPreview,
  type FrameworkUpload,
} from '../services/framework-files.ts';
import { COMMON_ERRORS } from './errors.ts';
import { AnswerSetRef, CriterionRef, FrameworkRef, MeasureRef, SectionRef } from './framework.ts';

function administrator(ctx: Context) {
  return requireAdministrator(ctx.viewer, 'upload and publish frameworks');
}

const FrameworkFileFormatEnum = builder.enumType('FrameworkFileFormat', {
  values: {
    YAML: { description: 'A YAML (or JSON) framework file, as its text.' },
    XLSX: { description: 'A framework workbook, as base64 of the file.' },
  } as const,
});

// Base64 of a 2 MB workbook is a third longer.
const CONTENT = z
  .string()
  .min(1, 'The framework file is empty.')
  .max(3 * 1024 * 1024, 'The framework file is larger than 2 MB.');

const ProblemRef = builder.objectRef<FrameworkProblem>('FrameworkFileProblem').implement({
  description: 'A problem in a framework file, where its author finds it and in plain words.',
  fields: (t) => ({
    where: t.exposeString('where', {
      description: 'e.g. `sheet "questions", row 5, column B (criterion)` or `questions[3].criterion (line 42)`.',
    }),
    message: t.exposeString('message'),
    path: t.string({
      description: 'The path in the YAML spelling, e.g. questions.3.criterion.',
      resolve: (p) => p.path.join('.'),
    }),
    sheet: t.string({ nullable: true, resolve: (p) => p.cell?.sheet ?? null }),
    row: t.int({ nullable: true, resolve: (p) => p.cell?.row ?? null }),
    column: t.string({ nullable: true, resolve: (p) => p.cell?.column ?? null }),
    line: t.int({ nullable: true, resolve: (p) => p.line ?? null }),
  }),
});

const RewordingRef = builder.objectRef<FrameworkChanges['reworded'][number]>('QuestionRewording').implement({
  fields: (t) => ({ key: t.exposeString('key'), before: t.exposeString('before'), after: t.exposeString('after') }),
});
const MoveRef = builder.objectRef<FrameworkChanges['moved'][number]>('QuestionMove').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    fromCriterion: t.exposeString('fromCriterion'),
    toCriterion: t.exposeString('toCriterion'),
  }),
});
const ComparableRef = builder.objectRef<FrameworkChanges['comparable'][number]>('ComparableQuestion').implement({
  fields: (t) => ({ key: t.exposeString('key'), earlierKey: t.exposeString('earlierKey') }),
});
const ChangesRef = builder.objectRef<FrameworkChanges>('FrameworkChanges').implement({
  description: 'What changed since an earlier version of the same framework.',
  fields: (t) => ({
    fromVersion: t.exposeString('fromVersion'),
    added: t.exposeStringList('added', { description: 'Question keys new in this version.' }),
    removed: t.exposeStringList('removed', { description: 'Question keys of the earlier version this one lacks.' }),
    reworded: t.field({ type: [RewordingRef], resolve: (c) => c.reworded }),
    moved: t.field({ type: [MoveRef], resolve: (c) => c.moved }),
    comparable: t.field({
      type: [ComparableRef],
      description: 'The comparability this version declares with the earlier one.',
      resolve: (c) => c.comparable,
    }),
    notComparable: t.exposeStringList('notComparable', {
      description: "The earlier version's questions left out of comparisons across the two versions.",
    }),
  }),
});

const PreviewRef = builder.objectRef<FrameworkPreview>('FrameworkPreview').implement({
  description: 'An uploaded framework as it would be published.',
  fields: (t) => ({
    key: t.string({ resolve: (p) => p.definition.key }),
    version: t.string({ resolve: (p) => p.definition.version }),
    title: t.string({ resolve: (p) => p.definition.title }),
    description: t.string({ resolve: (p) => p.definition.description }),
    definition: t.field({ type: 'JSON', description: 'The whole framework definition.', resolve: (p) => p.definition }),
    sections: t.field({ type: [SectionRef], resolve: (p) => [...p.definition.sections] }),
    criteria: t.field({ type: [CriterionRef], resolve: (p) => [...p.definition.criteria] }),
    measures: t.field({ type: [MeasureRef], resolve: (p) => [...p.definition.measures] }),
    answerSets: t.field({ type: [AnswerSetRef], resolve: (p) => [...p.definition.answerSets] }),
    changes: t.field({ type: ChangesRef, nullable: true, resolve: (p) => p.changes }),
    storedAlready: t.exposeBoolean('storedAlready', { description: 'This key and version is stored already.' }),
    usedByInspections: t.exposeInt('usedByInspections', {
      description: 'Inspections on the stored version of this key and version: if any, it can never change.',
    }),
  }),
});

const UploadRef = builder.objectRef<FrameworkUpload>('FrameworkUpload').implement({
  description: 'Every problem of an uploaded framework file, or (when it has none) its preview.',
  fields: (t) => ({
    problems: t.field({ type: [ProblemRef], resolve: (u) => u.problems }),
    preview: t.field({ type: PreviewRef, nullable: true, resolve: (u) => u.preview }),
  }),
});

builder.mutationField('uploadFramework', (t) =>
  t.fieldWithInput({
    type: UploadRef,
    description: 'Checks a framework file (administrators): every problem at once, or a preview. Stores nothing.',
    errors: { types: COMMON_ERRORS },
    input: {
      format: t.input.field({ type: FrameworkFileFormatEnum, required: true }),
      content: t.input.string({
        required: true,
        validate: CONTENT,
        description: 'YAML text, or base64 of an XLSX workbook.',
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      administrator(ctx);
      return previewFrameworkFile(ctx.prisma, input.format, input.content);
    },
  }),
);

builder.mutationField('publishFramework', (t) =>
  t.fieldWithInput({
    type: FrameworkRef,
    description:
      'Publishes a framework file as a version new inspections can start on (administrators). A version an inspection uses can never change.',
    errors: { types: COMMON_ERRORS },
    input: {
      format: t.input.field({ type: FrameworkFileFormatEnum, required: true }),
      content: t.input.string({
        required: true,
        validate: CONTENT,
        description: 'YAML text, or base64 of an XLSX workbook.',
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const viewer = administrator(ctx);
      const { id } = await publishFrameworkFile(ctx.prisma, viewer, input.format, input.content);
      return ctx.prisma.framework.findUniqueOrThrow({ where: { id } });
    },
  }),
);

const DownloadRef = builder.objectRef<FrameworkFileDownload>('FrameworkFile').implement({
  description: 'A framework version as a file.',
  fields: (t) => ({
    fileName: t.exposeString('fileName'),
    mediaType: t.exposeString('mediaType'),
    content: t.exposeString('content', { description: 'YAML text, or base64 of the workbook.' }),
  }),
});

builder.queryField('frameworkFile', (t) =>
  t.field({
    type: DownloadRef,
    description: 'Any stored framework version as a YAML file or a workbook, to start the next version from.',
    authScopes: { signedIn: true },
    args: {
      key: t.arg.string({ required: true, validate: z.string().max(200) }),
      version: t.arg.string({ required: true, validate: z.string().max(200) }),
      format: t.arg({ type: FrameworkFileFormatEnum, required: true }),
    },
    resolve: (_root, args, ctx) => downloadFrameworkFile(ctx.prisma, args.key, args.version, args.format),
  }),
);
