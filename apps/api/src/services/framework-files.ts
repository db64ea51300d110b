// Frameworks written as files by the inspectorate: read and check an uploaded YAML file or workbook (every problem,
// placed by cell or line), preview it against the version it follows, publish it as a new frozen version, and give
// any stored framework back as a file to start the next version from.
import { isDeepStrictEqual } from 'node:util';
import type { FrameworkDefinition } from '@scrutiny/domain';
import type { PrismaClient } from '@scrutiny/db';
import {
  frameworkChanges,
  readFrameworkFile,
  writeWorkbookFramework,
  writeYamlFramework,
  XLSX_MEDIA_TYPE,
  type FrameworkChanges,
  type FrameworkFormat,
  type FrameworkProblem,
} from '@scrutiny/plugin-sdk';
import type { Viewer } from '../access/viewer.ts';
import { InvalidInputError, InvalidStateError, NotFoundError } from './errors.ts';
import { audit } from './audit.ts';

/** A framework file is a few hundred kilobytes at most; a workbook arrives as base64. */
export const MAX_FRAMEWORK_FILE_BYTES = 2 * 1024 * 1024;

export interface FrameworkPreview {
  definition: FrameworkDefinition;
  /** What changed since the version it follows (its declared earlier version, or else the latest stored one). */
  changes: FrameworkChanges | null;
  /** The same key and version is stored already. */
  storedAlready: boolean;
  /** Inspections using the stored version of the same key and version. */
  usedByInspections: number;
}

export type FrameworkUpload =
  { problems: FrameworkProblem[]; preview: null } | { problems: []; preview: FrameworkPreview };

function bytesOf(format: FrameworkFormat, content: string): Uint8Array {
  if (format === 'YAML') return new TextEncoder().encode(content);
  const compact = content.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0)
    throw new InvalidInputError('Send the workbook as base64.', [{ path: 'content', message: 'Not base64.' }]);
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

interface StoredVersion {
  id: string;
  version: string;
  definition: FrameworkDefinition;
  createdAt: Date;
}

async function storedVersions(prisma: PrismaClient): Promise<Map<string, StoredVersion[]>> {
  const rows = await prisma.framework.findMany({
    select: { id: true, key: true, version: true, definition: true, createdAt: true },
    orderBy: { createdAt: 'asc' },
  });
  const byKey = new Map<string, StoredVersion[]>();
  for (const row of rows) {
    const list = byKey.get(row.key) ?? [];
    list.push({ ...row, definition: row.definition as unknown as FrameworkDefinition });
    byKey.set(row.key, list);
  }
  return byKey;
}

/** Reads and checks an uploaded framework file: every problem, or the preview an author confirms before publishing. */
export async function previewFrameworkFile(
  prisma: PrismaClient,
  format: FrameworkFormat,
  content: string,
): Promise<FrameworkUpload> {
  const bytes = bytesOf(format, content);
  if (bytes.byteLength > MAX_FRAMEWORK_FILE_BYTES)
    throw new InvalidInputError('The framework file is larger than 2 MB.', [
      { path: 'content', message: 'Too large.' },
    ]);
  const stored = await storedVersions(prisma);
  const read = await readFrameworkFile(bytes, format, {
    earlier: (key, version) => stored.get(key)?.find((row) => row.version === version)?.definition ?? null,
  });
  if (!read.ok) return { problems: read.problems, preview: null };
  const definition = read.definition;
  const versions = stored.get(definition.key) ?? [];
  const same = versions.find((row) => row.version === definition.version);
  const declared = definition.comparableWith?.fromVersion;
  const earlier = declared
    ? versions.find((row) => row.version === declared)
    : versions.filter((row) => row.version !== definition.version).at(-1);
  const usedByInspections = same ? await prisma.inspection.count({ where: { frameworkId: same.id } }) : 0;
  return {
    problems: [],
    preview: {
      definition,
      changes: earlier ? frameworkChanges(earlier.definition, definition) : null,
      storedAlready: same !== undefined,
      usedByInspections,
    },
  };
}

/**
 * Publishes a checked framework file as a version new inspections can start on. A stored version an inspection uses
 * is frozen: publishing the same key and version again is refused unless nothing uses it yet, and then the old row
 * is replaced by a new one (a new id, so no process keeps a cached copy of the old definition under it).
 */
export async function publishFrameworkFile(
  prisma: PrismaClient,
  viewer: Viewer,
  format: FrameworkFormat,
  content: string,
): Promise<{ id: string }> {
  const upload = await previewFrameworkFile(prisma, format, content);
  if (!upload.preview)
    throw new InvalidInputError(
      `The framework file has ${upload.problems.length} problem${upload.problems.length === 1 ? '' : 's'}.`,
      upload.problems.map((problem) => ({ path: problem.where, message: problem.message })),
    );
  const definition = upload.preview.definition;
  const frozen = JSON.parse(JSON.stringify(definition)) as object;
  return prisma.$transaction(async (tx) => {
    const existing = await tx.framework.findUnique({
      where: { key_version: { key: definition.key, version: definition.version } },
      select: { id: true, definition: true, _count: { select: { inspections: true } } },
    });
    // Stored JSON keeps no key order, so the comparison is by value.
    if (existing && isDeepStrictEqual(existing.definition, frozen)) return { id: existing.id };
    if (existing && existing._count.inspections > 0)
      throw new InvalidStateError(
        `Version ${definition.version} of ${definition.key} is used by ${existing._count.inspections} inspection${existing._count.inspections === 1 ? '' : 's'} and can never change: publish it as a new version.`,
      );
    if (existing) await tx.framework.delete({ where: { id: existing.id } });
    const created = await tx.framework.create({
      data: { key: definition.key, version: definition.version, title: definition.title, definition: frozen },
      select: { id: true },
    });
    await audit(tx, viewer, {
      action: existing ? 'framework.replace' : 'framework.publish',
      entity: 'Framework',
      entityId: created.id,
      after: { key: definition.key, version: definition.version, title: definition.title },
    });
    return created;
  });
}

export interface FrameworkFileDownload {
  fileName: string;
  mediaType: string;
  /** YAML text, or base64 of the workbook. */
  content: string;
}

/** A stored framework version as a file, to start the next version from. */
export async function downloadFrameworkFile(
  prisma: PrismaClient,
  key: string,
  version: string,
  format: FrameworkFormat,
): Promise<FrameworkFileDownload> {
  const row = await prisma.framework.findUnique({
    where: { key_version: { key, version } },
    select: { definition: true },
  });
  if (!row) throw new NotFoundError(`Version ${version} of the framework ${key}`);
  const definition = row.definition as unknown as FrameworkDefinition;
  const name = `${key}-${version}`.replace(/[^A-Za-z0-9._-]/g, '_');
  if (format === 'XLSX')
    return {
      fileName: `${name}.xlsx`,
      mediaType: XLSX_MEDIA_TYPE,
      content: Buffer.from(await writeWorkbookFramework(definition)).toString('base64'),
    };
  return { fileName: `${name}.yaml`, mediaType: 'application/yaml', content: writeYamlFramework(definition) };
}
