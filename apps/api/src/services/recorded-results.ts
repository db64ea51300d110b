// Historic figures known only from a published report (a report-only inspection's evidence), recorded with their
// audit record; counts only where the report gives them.
import type { FigureKind, PrismaClient } from '@scrutiny/db';
import { recordsResults } from '../access/inspection-roles.ts';
import type { Viewer } from '../access/viewer.ts';
import type { FrameworkRegistry } from '../plugins/framework-registry.ts';
import { audit } from './audit.ts';
import { ForbiddenError, InvalidInputError, InvalidStateError, NotFoundError, UnauthenticatedError } from './errors.ts';

export interface RecordedResultInput {
  inspectionId: string;
  kind: FigureKind;
  key: string;
  subsample?: string | null;
  percentage: number;
  met?: number | null;
  applicable?: number | null;
  adjusted?: boolean | null;
  source?: string | null;
}

export async function recordResult(
  deps: { prisma: PrismaClient; frameworks: FrameworkRegistry; viewer: Viewer | null },
  input: RecordedResultInput,
) {
  const { prisma, viewer } = deps;
  if (!viewer) throw new UnauthenticatedError();
  if (!(await recordsResults(prisma, viewer, input.inspectionId)))
    throw new ForbiddenError('Only an information manager or the team records historic figures.');
  const inspection = await prisma.inspection.findUnique({ where: { id: input.inspectionId } });
  if (!inspection) throw new NotFoundError('The inspection');
  if (inspection.evidence !== 'RECORDED_FIGURES')
    throw new InvalidStateError('This inspection is scored from its case files; figures are not recorded for it.');
  if (inspection.status === 'PUBLISHED') throw new InvalidStateError('A published inspection cannot change.');
  if ((input.met == null) !== (input.applicable == null)) throw new InvalidInputError('Give both counts or neither.');
  if (input.met != null && input.applicable != null) {
    if (input.met > input.applicable) throw new InvalidInputError('met cannot exceed applicable.');
    if (Math.round((input.met / input.applicable) * 100) !== Math.round(input.percentage))
      throw new InvalidInputError(`${input.met}/${input.applicable} is not ${input.percentage}%.`);
  }
  const framework = await deps.frameworks.definition(inspection.frameworkId);
  const known =
    input.kind === 'CRITERION'
      ? framework.criteria.some((c) => c.code === input.key)
      : framework.measures.some((m) => m.key === input.key);
  if (!known) throw new InvalidInputError(`${input.key} is not a ${input.kind.toLowerCase()} of ${framework.title}.`);
  const subsample = input.subsample ?? 'ALL';
  if (subsample !== 'ALL' && !framework.subsamples.some((s) => s.key === subsample))
    throw new InvalidInputError(`Unknown subsample ${subsample}.`);
  const data = {
    percentage: input.percentage,
    met: input.met ?? null,
    applicable: input.applicable ?? null,
    source: input.source ?? null,
  };
  const adjusted = input.adjusted ?? false;
  return prisma.$transaction(async (tx) => {
    const saved = await tx.recordedResult.upsert({
      where: {
        inspectionId_kind_key_subsample_adjusted: {
          inspectionId: inspection.id,
          kind: input.kind,
          key: input.key,
          subsample,
          adjusted,
        },
      },
      create: { inspectionId: inspection.id, kind: input.kind, key: input.key, subsample, adjusted, ...data },
      update: data,
    });
    await audit(tx, viewer, {
      action: 'recordedResult.save',
      entity: 'RecordedResult',
      entityId: saved.id,
      inspectionId: inspection.id,
      after: data,
    });
    return saved;
  });
}
