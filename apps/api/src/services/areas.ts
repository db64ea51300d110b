// Areas and comparison groups, administered (issue 12): created, edited and retired through the API, and many areas
// at once from a CSV whose plan (packages/domain areas/area-import.ts) is shown before anything is written.
// Retiring keeps every inspection and figure of the area readable; it only stops new inspections of it.
import { areaCodeProblem, importable, planAreaImport, type AreaImportPlan } from '@scrutiny/domain';
import type { PrismaClient } from '@scrutiny/db';
import type { Viewer } from '../access/viewer.ts';
import { AlreadyExistsError, InvalidInputError, NotFoundError } from './errors.ts';
import { audit } from './audit.ts';

export interface AreaFields {
  name: string;
  region: string;
  size: string | null;
  density: string | null;
  comparisonGroupId: string | null;
}

async function checkGroup(prisma: PrismaClient, groupId: string | null): Promise<void> {
  if (!groupId) return;
  const group = await prisma.comparisonGroup.findUnique({ where: { id: groupId } });
  if (!group || group.archivedAt) throw new NotFoundError('That comparison group');
}

function checkCode(code: string): string {
  const upper = code.trim().toUpperCase();
  const problem = areaCodeProblem(upper);
  if (problem) throw new InvalidInputError(problem, [{ path: 'code', message: problem }]);
  return upper;
}

export async function createArea(prisma: PrismaClient, viewer: Viewer, input: AreaFields & { code: string }) {
  const code = checkCode(input.code);
  await checkGroup(prisma, input.comparisonGroupId);
  if (await prisma.area.findUnique({ where: { code } }))
    throw new AlreadyExistsError('code', `There is already an area with the code ${code}.`);
  const { code: _code, ...fields } = input;
  const area = await prisma.area.create({ data: { ...fields, code } });
  await audit(prisma, viewer, { action: 'area.create', entity: 'Area', entityId: area.id, after: { ...fields, code } });
  return area;
}

export async function updateArea(
  prisma: PrismaClient,
  viewer: Viewer,
  areaId: string,
  input: AreaFields & { code: string },
) {
  const area = await prisma.area.findUnique({ where: { id: areaId } });
  if (!area) throw new NotFoundError('That area');
  const code = checkCode(input.code);
  await checkGroup(prisma, input.comparisonGroupId);
  const clash = await prisma.area.findUnique({ where: { code } });
  if (clash && clash.id !== area.id)
    throw new AlreadyExistsError('code', `There is already an area with the code ${code}.`);
  const { code: _code, ...fields } = input;
  const updated = await prisma.area.update({ where: { id: area.id }, data: { ...fields, code } });
  await audit(prisma, viewer, {
    action: 'area.update',
    entity: 'Area',
    entityId: area.id,
    before: {
      code: area.code,
      name: area.name,
      region: area.region,
      size: area.size,
      density: area.density,
      comparisonGroupId: area.comparisonGroupId,
    },
    after: { ...fields, code },
  });
  return updated;
}

export async function setAreaRetired(prisma: PrismaClient, viewer: Viewer, areaId: string, retired: boolean) {
  const area = await prisma.area.findUnique({ where: { id: areaId } });
  if (!area) throw new NotFoundError('That area');
  if ((area.archivedAt !== null) === retired) return area;
  const updated = await prisma.area.update({
    where: { id: area.id },
    data: { archivedAt: retired ? new Date() : null },
  });
  await audit(prisma, viewer, { action: retired ? 'area.retire' : 'area.restore', entity: 'Area', entityId: area.id });
  return updated;
}

export async function createComparisonGroup(
  prisma: PrismaClient,
  viewer: Viewer,
  input: { key: string; name: string; description: string },
) {
  const key = input.key.trim().toLowerCase();
  if (await prisma.comparisonGroup.findUnique({ where: { key } }))
    throw new AlreadyExistsError('key', `There is already a comparison group with the key ${key}.`);
  const group = await prisma.comparisonGroup.create({ data: { ...input, key } });
  await audit(prisma, viewer, {
    action: 'comparison-group.create',
    entity: 'ComparisonGroup',
    entityId: group.id,
    after: { ...input, key },
  });
  return group;
}

export async function updateComparisonGroup(
  prisma: PrismaClient,
  viewer: Viewer,
  groupId: string,
  input: { name: string; description: string },
) {
  const group = await prisma.comparisonGroup.findUnique({ where: { id: groupId } });
  if (!group) throw new NotFoundError('That comparison group');
  const updated = await prisma.comparisonGroup.update({ where: { id: group.id }, data: input });
  await audit(prisma, viewer, {
    action: 'comparison-group.update',
    entity: 'ComparisonGroup',
    entityId: group.id,
    before: { name: group.name, description: group.description },
    after: input,
  });
  return updated;
}

export async function setComparisonGroupRetired(
  prisma: PrismaClient,
  viewer: Viewer,
  groupId: string,
  retired: boolean,
) {
  const group = await prisma.comparisonGroup.findUnique({ where: { id: groupId } });
  if (!group) throw new NotFoundError('That comparison group');
  if ((group.archivedAt !== null) === retired) return group;
  const updated = await prisma.comparisonGroup.update({
    where: { id: group.id },
    data: { archivedAt: retired ? new Date() : null },
  });
  await audit(prisma, viewer, {
    action: retired ? 'comparison-group.retire' : 'comparison-group.restore',
    entity: 'ComparisonGroup',
    entityId: group.id,
  });
  return updated;
}

const MAX_AREA_CSV_CHARACTERS = 1024 * 1024;

/** What importing this CSV would do, row by row; nothing is written. */
export async function previewAreaImport(prisma: PrismaClient, csv: string): Promise<AreaImportPlan> {
  if (csv.length > MAX_AREA_CSV_CHARACTERS)
    return { rows: [], fileProblems: ['The file is larger than 1 MB: split it into smaller files.'] };
  const [areas, groups] = await Promise.all([
    prisma.area.findMany({ include: { comparisonGroup: { select: { key: true } } } }),
    prisma.comparisonGroup.findMany({ where: { archivedAt: null }, select: { key: true } }),
  ]);
  return planAreaImport(
    csv,
    areas.map((area) => ({
      code: area.code,
      name: area.name,
      region: area.region,
      size: area.size,
      density: area.density,
      comparisonGroup: area.comparisonGroup?.key ?? null,
      archived: area.archivedAt !== null,
    })),
    groups.map((group) => group.key),
  );
}

/** Applies a CSV of areas in one transaction, only when its plan has no problem at all. */
export async function importAreas(prisma: PrismaClient, viewer: Viewer, csv: string): Promise<AreaImportPlan> {
  const plan = await previewAreaImport(prisma, csv);
  if (!importable(plan))
    throw new InvalidInputError('The file has problems: nothing was imported. Preview it to see each one.', [
      ...plan.fileProblems.map((message) => ({ path: 'csv', message })),
      ...plan.rows.flatMap((row) => row.problems.map((message) => ({ path: `line ${row.line}`, message }))),
    ]);
  const groups = new Map(
    (await prisma.comparisonGroup.findMany({ select: { id: true, key: true } })).map((g) => [g.key, g.id]),
  );
  await prisma.$transaction(async (tx) => {
    for (const { fate, row } of plan.rows) {
      if (!row || fate === 'UNCHANGED') continue;
      const data = {
        name: row.name,
        region: row.region,
        size: row.size,
        density: row.density,
        comparisonGroupId: row.comparisonGroup ? (groups.get(row.comparisonGroup) ?? null) : null,
      };
      const area = await tx.area.upsert({
        where: { code: row.code },
        create: { ...data, code: row.code },
        update: data,
      });
      await audit(tx, viewer, {
        action: fate === 'CREATE' ? 'area.create' : 'area.update',
        entity: 'Area',
        entityId: area.id,
        after: { ...data, code: row.code, imported: true },
      });
    }
  });
  return plan;
}
