// What inspectors write about an inspection: meetings, evidence, findings, good practice and report text.
// Every change is checked (who may make it, and that the report is not yet published), and is written with its
// audit record in one transaction, so a refused or failed change leaves nothing behind.
import type { EvidenceKind, FindingKind, MeetingKind, Prisma, PrismaClient } from '@scrutiny/db';
import { requireViewer, type Viewer } from '../access/viewer.ts';
import { canSeeInspection, runsInspection } from '../access/checks.ts';
import { isAdminOfficer } from '../access/inspection-roles.ts';
import { ForbiddenError, InvalidInputError, InvalidStateError, NotFoundError } from './errors.ts';
import type { FrameworkRegistry } from '../plugins/framework-registry.ts';
import { audit } from './audit.ts';

/** What a change needs from the request: the request context satisfies it. */
export interface ChangeDeps {
  prisma: PrismaClient;
  frameworks: FrameworkRegistry;
  viewer: Viewer | null;
}

export type Tx = Prisma.TransactionClient;

const INSPECTION_FOR_CHANGE = {
  id: true,
  title: true,
  areaId: true,
  status: true,
  kind: true,
  frameworkId: true,
  baselineId: true,
} as const satisfies Prisma.InspectionSelect;

export type InspectionForChange = Prisma.InspectionGetPayload<{ select: typeof INSPECTION_FOR_CHANGE }>;

/** Decides whether a signed-in viewer, who can see the inspection, may make a kind of change to it. */
export type MayChange = (prisma: PrismaClient, viewer: Viewer, inspection: InspectionForChange) => Promise<boolean>;

export const teamInspectors: MayChange = (prisma, viewer, inspection) => runsInspection(prisma, viewer, inspection.id);

/** Admin officers schedule meetings; they never write what an inspection finds. */
const teamInspectorsOrAdminOfficers: MayChange = async (prisma, viewer, inspection) =>
  isAdminOfficer(viewer) || runsInspection(prisma, viewer, inspection.id);

/**
 * Loads the inspection a change is about. An inspection the viewer cannot see is "not found" (its existence is not
 * disclosed); one they can see but may not change is "forbidden".
 */
export async function inspectionForChange(
  deps: ChangeDeps,
  inspectionId: string,
  mayChange: MayChange,
  refusal: string,
  what = 'The inspection',
): Promise<{ viewer: Viewer; inspection: InspectionForChange }> {
  const viewer = requireViewer(deps.viewer);
  const inspection = await deps.prisma.inspection.findUnique({
    where: { id: inspectionId },
    select: INSPECTION_FOR_CHANGE,
  });
  if (!inspection || !(await canSeeInspection(deps.prisma, viewer, inspection))) throw new NotFoundError(what);
  if (!(await mayChange(deps.prisma, viewer, inspection))) throw new ForbiddenError(refusal);
  return { viewer, inspection };
}

/** Runs a change in one transaction, refusing it if the inspection is (or meanwhile became) published. */
export function changeUnpublished<T>(
  prisma: PrismaClient,
  inspectionId: string,
  act: (tx: Tx) => Promise<T>,
): Promise<T> {
  return prisma.$transaction(async (tx) => {
    const { status } = await tx.inspection.findUniqueOrThrow({ where: { id: inspectionId }, select: { status: true } });
    if (status === 'PUBLISHED')
      throw new InvalidStateError('The inspection is published: what it says can no longer change.');
    return act(tx);
  });
}

async function requireCriterion(
  frameworks: FrameworkRegistry,
  inspection: InspectionForChange,
  criterionCode: string,
): Promise<void> {
  const framework = await frameworks.definition(inspection.frameworkId);
  const codes = framework.criteria.map((c) => c.code);
  if (!codes.includes(criterionCode)) {
    const message = `${criterionCode} is not a criterion of ${framework.title} ${framework.version}: use one of ${codes.join(', ')}.`;
    throw new InvalidInputError(message, [{ path: 'input.criterionCode', message }]);
  }
}

/** Optional text fields: undefined keeps what is there, null or blank clears it. */
function optionalText(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  return value === null || value.trim() === '' ? null : value;
}

// ── Meetings and evidence ──────────────────────────────────────────────────────

export interface MeetingInput {
  inspectionId: string;
  heldOn: Date;
  attendees: string;
  kind: MeetingKind;
  notes?: string | null;
}

const MEETINGS_REFUSAL = 'Only inspectors of the team, a chief inspector or an admin officer may record meetings.';

function refuseNotesFromAdminOfficer(viewer: Viewer, notes: string | null | undefined): void {
  if (isAdminOfficer(viewer) && notes !== undefined)
    throw new ForbiddenError('An admin officer schedules meetings; their notes are written by the inspectors.');
}

export async function addMeeting(deps: ChangeDeps, input: MeetingInput) {
  const { viewer, inspection } = await inspectionForChange(
    deps,
    input.inspectionId,
    teamInspectorsOrAdminOfficers,
    MEETINGS_REFUSAL,
  );
  refuseNotesFromAdminOfficer(viewer, input.notes ?? undefined);
  return changeUnpublished(deps.prisma, inspection.id, async (tx) => {
    const meeting = await tx.meeting.create({
      data: {
        inspectionId: inspection.id,
        heldOn: input.heldOn,
        attendees: input.attendees,
        kind: input.kind,
        notes: optionalText(input.notes) ?? null,
      },
    });
    await audit(tx, viewer, {
      action: 'meeting.create',
      entity: 'Meeting',
      entityId: meeting.id,
      inspectionId: inspection.id,
      after: meeting,
    });
    return meeting;
  });
}

export interface MeetingChange {
  meetingId: string;
  heldOn?: Date | null;
  attendees?: string | null;
  kind?: MeetingKind | null;
  notes?: string | null;
}

async function meetingInspectionId(prisma: PrismaClient, meetingId: string): Promise<string> {
  const meeting = await prisma.meeting.findUnique({ where: { id: meetingId }, select: { inspectionId: true } });
  if (!meeting) throw new NotFoundError('The meeting');
  return meeting.inspectionId;
}

export async function updateMeeting(deps: ChangeDeps, input: MeetingChange) {
  const inspectionId = await meetingInspectionId(deps.prisma, input.meetingId);
  const { viewer } = await inspectionForChange(
    deps,
    inspectionId,
    teamInspectorsOrAdminOfficers,
    MEETINGS_REFUSAL,
    'The meeting',
  );
  refuseNotesFromAdminOfficer(viewer, input.notes);
  return changeUnpublished(deps.prisma, inspectionId, async (tx) => {
    const before = await tx.meeting.findUnique({ where: { id: input.meetingId } });
    if (!before) throw new NotFoundError('The meeting');
    const meeting = await tx.meeting.update({
      where: { id: before.id },
      data: {
        heldOn: input.heldOn ?? undefined,
        attendees: input.attendees ?? undefined,
        kind: input.kind ?? undefined,
        notes: optionalText(input.notes),
      },
    });
    await audit(tx, viewer, {
      action: 'meeting.update',
      entity: 'Meeting',
      entityId: meeting.id,
      inspectionId,
      before,
      after: meeting,
    });
    return meeting;
  });
}

/** Removes a meeting; evidence recorded at it stays, no longer tied to a meeting. Returns the inspection's id. */
export async function removeMeeting(deps: ChangeDeps, meetingId: string): Promise<string> {
  const inspectionId = await meetingInspectionId(deps.prisma, meetingId);
  const { viewer } = await inspectionForChange(
    deps,
    inspectionId,
    teamInspectorsOrAdminOfficers,
    MEETINGS_REFUSAL,
    'The meeting',
  );
  return changeUnpublished(deps.prisma, inspectionId, async (tx) => {
    const before = await tx.meeting.findUnique({ where: { id: meetingId } });
    if (!before) throw new NotFoundError('The meeting');
    await tx.meeting.delete({ where: { id: meetingId } });
    await audit(tx, viewer, { action: 'meeting.delete', entity: 'Meeting', entityId: meetingId, inspectionId, before });
    return inspectionId;
  });
}

export interface EvidenceInput {
  inspectionId: string;
  kind: EvidenceKind;
  title: string;
  description?: string | null;
  meetingId?: string | null;
}

const CONTENT_REFUSAL = 'Only inspectors of the team or a chief inspector may write what an inspection finds.';

export async function addEvidence(deps: ChangeDeps, input: EvidenceInput) {
  const { viewer, inspection } = await inspectionForChange(deps, input.inspectionId, teamInspectors, CONTENT_REFUSAL);
  return changeUnpublished(deps.prisma, inspection.id, async (tx) => {
    if (input.meetingId) {
      const meeting = await tx.meeting.findUnique({ where: { id: input.meetingId }, select: { inspectionId: true } });
      if (!meeting || meeting.inspectionId !== inspection.id) {
        const message = 'The meeting named is not a meeting of this inspection.';
        throw new InvalidInputError(message, [{ path: 'input.meetingId', message }]);
      }
    }
    const evidence = await tx.evidence.create({
      data: {
        inspectionId: inspection.id,
        kind: input.kind,
        title: input.title,
        description: optionalText(input.description) ?? null,
        meetingId: input.meetingId ?? null,
      },
    });
    await audit(tx, viewer, {
      action: 'evidence.create',
      entity: 'Evidence',
      entityId: evidence.id,
      inspectionId: inspection.id,
      after: evidence,
    });
    return evidence;
  });
}

// ── Findings and good practice ────────────────────────────────────────────────

export interface FindingInput {
  inspectionId: string;
  criterionCode: string;
  kind: FindingKind;
  text: string;
  /** Evidence of the same inspection the finding cites. */
  evidenceIds?: readonly string[] | null;
}

/**
 * The evidence a finding cites, checked to be the inspection's own: citing another inspection's document (or one
 * that does not exist) is refused and changes nothing.
 */
async function citedEvidence(tx: Tx, inspectionId: string, evidenceIds: readonly string[]): Promise<{ id: string }[]> {
  const wanted = [...new Set(evidenceIds)];
  if (wanted.length === 0) return [];
  const found = await tx.evidence.findMany({ where: { id: { in: wanted }, inspectionId }, select: { id: true } });
  if (found.length !== wanted.length) {
    const missing = wanted.length - found.length;
    const message = `${missing} of the evidence cited ${missing === 1 ? 'is' : 'are'} not evidence of this inspection.`;
    throw new InvalidInputError(message, [{ path: 'input.evidenceIds', message }]);
  }
  return found;
}

export async function addFinding(deps: ChangeDeps, input: FindingInput) {
  const { viewer, inspection } = await inspectionForChange(deps, input.inspectionId, teamInspectors, CONTENT_REFUSAL);
  await requireCriterion(deps.frameworks, inspection, input.criterionCode);
  return changeUnpublished(deps.prisma, inspection.id, async (tx) => {
    const position = await nextFindingPosition(tx, inspection.id, input.criterionCode);
    const evidence = await citedEvidence(tx, inspection.id, input.evidenceIds ?? []);
    const finding = await tx.finding.create({
      data: {
        inspectionId: inspection.id,
        criterionCode: input.criterionCode,
        kind: input.kind,
        text: input.text,
        position,
        evidence: { connect: evidence },
      },
      include: { evidence: { select: { id: true } } },
    });
    await audit(tx, viewer, {
      action: 'finding.create',
      entity: 'Finding',
      entityId: finding.id,
      inspectionId: inspection.id,
      after: finding,
    });
    return finding;
  });
}

async function nextFindingPosition(tx: Tx, inspectionId: string, criterionCode: string): Promise<number> {
  const last = await tx.finding.aggregate({ where: { inspectionId, criterionCode }, _max: { position: true } });
  return (last._max.position ?? 0) + 1;
}

export interface FindingChange {
  findingId: string;
  criterionCode?: string | null;
  kind?: FindingKind | null;
  text?: string | null;
  /** Left out keeps the evidence cited; a list (even empty) replaces it. */
  evidenceIds?: readonly string[] | null;
}

export async function updateFinding(deps: ChangeDeps, input: FindingChange) {
  const found = await deps.prisma.finding.findUnique({
    where: { id: input.findingId },
    select: { inspectionId: true },
  });
  if (!found) throw new NotFoundError('The finding');
  const { viewer, inspection } = await inspectionForChange(
    deps,
    found.inspectionId,
    teamInspectors,
    CONTENT_REFUSAL,
    'The finding',
  );
  if (input.criterionCode) await requireCriterion(deps.frameworks, inspection, input.criterionCode);
  return changeUnpublished(deps.prisma, inspection.id, async (tx) => {
    const before = await tx.finding.findUnique({
      where: { id: input.findingId },
      include: { evidence: { select: { id: true } } },
    });
    if (!before) throw new NotFoundError('The finding');
    const moves = input.criterionCode != null && input.criterionCode !== before.criterionCode;
    const evidence = input.evidenceIds == null ? undefined : await citedEvidence(tx, inspection.id, input.evidenceIds);
    const finding = await tx.finding.update({
      where: { id: before.id },
      include: { evidence: { select: { id: true } } },
      data: {
        kind: input.kind ?? undefined,
        text: input.text ?? undefined,
        evidence: evidence ? { set: evidence } : undefined,
        // A finding moved to another criterion goes to the end of that criterion's list.
        ...(moves
          ? {
              criterionCode: input.criterionCode!,
              position: await nextFindingPosition(tx, inspection.id, input.criterionCode!),
            }
          : {}),
      },
    });
    await audit(tx, viewer, {
      action: 'finding.update',
      entity: 'Finding',
      entityId: finding.id,
      inspectionId: inspection.id,
      before,
      after: finding,
    });
    return finding;
  });
}

export async function removeFinding(deps: ChangeDeps, findingId: string): Promise<string> {
  const found = await deps.prisma.finding.findUnique({ where: { id: findingId }, select: { inspectionId: true } });
  if (!found) throw new NotFoundError('The finding');
  const { viewer, inspection } = await inspectionForChange(
    deps,
    found.inspectionId,
    teamInspectors,
    CONTENT_REFUSAL,
    'The finding',
  );
  return changeUnpublished(deps.prisma, inspection.id, async (tx) => {
    const before = await tx.finding.findUnique({ where: { id: findingId } });
    if (!before) throw new NotFoundError('The finding');
    await tx.finding.delete({ where: { id: findingId } });
    await audit(tx, viewer, {
      action: 'finding.delete',
      entity: 'Finding',
      entityId: findingId,
      inspectionId: inspection.id,
      before,
    });
    return inspection.id;
  });
}

export interface GoodPracticeInput {
  inspectionId: string;
  criterionCode: string;
  title?: string | null;
  text: string;
}

async function nextGoodPracticePosition(tx: Tx, inspectionId: string, criterionCode: string): Promise<number> {
  const last = await tx.goodPractice.aggregate({ where: { inspectionId, criterionCode }, _max: { position: true } });
  return (last._max.position ?? 0) + 1;
}

export async function addGoodPractice(deps: ChangeDeps, input: GoodPracticeInput) {
  const { viewer, inspection } = await inspectionForChange(deps, input.inspectionId, teamInspectors, CONTENT_REFUSAL);
  await requireCriterion(deps.frameworks, inspection, input.criterionCode);
  return changeUnpublished(deps.prisma, inspection.id, async (tx) => {
    const position = await nextGoodPracticePosition(tx, inspection.id, input.criterionCode);
    const practice = await tx.goodPractice.create({
      data: {
        inspectionId: inspection.id,
        criterionCode: input.criterionCode,
        title: optionalText(input.title) ?? null,
        text: input.text,
        position,
      },
    });
    await audit(tx, viewer, {
      action: 'goodPractice.create',
      entity: 'GoodPractice',
      entityId: practice.id,
      inspectionId: inspection.id,
      after: practice,
    });
    return practice;
  });
}

export interface GoodPracticeChange {
  goodPracticeId: string;
  criterionCode?: string | null;
  title?: string | null;
  text?: string | null;
}

export async function updateGoodPractice(deps: ChangeDeps, input: GoodPracticeChange) {
  const found = await deps.prisma.goodPractice.findUnique({
    where: { id: input.goodPracticeId },
    select: { inspectionId: true },
  });
  if (!found) throw new NotFoundError('The good practice example');
  const { viewer, inspection } = await inspectionForChange(
    deps,
    found.inspectionId,
    teamInspectors,
    CONTENT_REFUSAL,
    'The good practice example',
  );
  if (input.criterionCode) await requireCriterion(deps.frameworks, inspection, input.criterionCode);
  return changeUnpublished(deps.prisma, inspection.id, async (tx) => {
    const before = await tx.goodPractice.findUnique({ where: { id: input.goodPracticeId } });
    if (!before) throw new NotFoundError('The good practice example');
    const moves = input.criterionCode != null && input.criterionCode !== before.criterionCode;
    const practice = await tx.goodPractice.update({
      where: { id: before.id },
      data: {
        title: optionalText(input.title),
        text: input.text ?? undefined,
        ...(moves
          ? {
              criterionCode: input.criterionCode!,
              position: await nextGoodPracticePosition(tx, inspection.id, input.criterionCode!),
            }
          : {}),
      },
    });
    await audit(tx, viewer, {
      action: 'goodPractice.update',
      entity: 'GoodPractice',
      entityId: practice.id,
      inspectionId: inspection.id,
      before,
      after: practice,
    });
    return practice;
  });
}

export async function removeGoodPractice(deps: ChangeDeps, goodPracticeId: string): Promise<string> {
  const found = await deps.prisma.goodPractice.findUnique({
    where: { id: goodPracticeId },
    select: { inspectionId: true },
  });
  if (!found) throw new NotFoundError('The good practice example');
  const { viewer, inspection } = await inspectionForChange(
    deps,
    found.inspectionId,
    teamInspectors,
    CONTENT_REFUSAL,
    'The good practice example',
  );
  return changeUnpublished(deps.prisma, inspection.id, async (tx) => {
    const before = await tx.goodPractice.findUnique({ where: { id: goodPracticeId } });
    if (!before) throw new NotFoundError('The good practice example');
    await tx.goodPractice.delete({ where: { id: goodPracticeId } });
    await audit(tx, viewer, {
      action: 'goodPractice.delete',
      entity: 'GoodPractice',
      entityId: goodPracticeId,
      inspectionId: inspection.id,
      before,
    });
    return inspection.id;
  });
}

// ── Report text ───────────────────────────────────────────────────────────────

export interface ReportTextInput {
  inspectionId: string;
  section: string;
  text: string;
  signedBy?: string | null;
}

/** Writes one section of the report (FOREWORD, SUMMARY, ...), replacing what the section said before. */
export async function setReportText(deps: ChangeDeps, input: ReportTextInput) {
  const { viewer, inspection } = await inspectionForChange(deps, input.inspectionId, teamInspectors, CONTENT_REFUSAL);
  return changeUnpublished(deps.prisma, inspection.id, async (tx) => {
    const key = { inspectionId_section: { inspectionId: inspection.id, section: input.section } };
    const before = await tx.reportText.findUnique({ where: key });
    const signedBy = optionalText(input.signedBy);
    const text = await tx.reportText.upsert({
      where: key,
      create: { inspectionId: inspection.id, section: input.section, text: input.text, signedBy: signedBy ?? null },
      update: { text: input.text, signedBy },
    });
    await audit(tx, viewer, {
      action: before ? 'reportText.update' : 'reportText.create',
      entity: 'ReportText',
      entityId: text.id,
      inspectionId: inspection.id,
      before,
      after: text,
    });
    return text;
  });
}
