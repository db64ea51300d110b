// Loads the reference and demo data into an empty database through the same rules as the API:
// case files and their answers are stored, recorded figures are stored for the report-only 2004 inspection, and
// published inspections go through publishInspection, so every score is computed (or recorded), never typed in.
import type { Prisma, PrismaClient } from '@scrutiny/db';
import type { DemoAccount, ReferenceArea, ReferenceInspection, ComparisonGroup } from '@scrutiny/reference-data';
import { hashPassword } from '../auth/passwords.ts';
import type { FrameworkRegistry } from '../plugins/framework-registry.ts';
import { publishInspection } from '../services/publication.ts';

export interface SeedData {
  comparisonGroups: readonly ComparisonGroup[];
  areas: readonly ReferenceArea[];
  accounts: readonly DemoAccount[];
  inspections: readonly ReferenceInspection[];
  /** Who the answers of files without an assessor are recorded as given by; the first account otherwise. */
  recordedById?: string;
}

const REPORT_SECTIONS: Record<string, string> = {
  foreword: 'FOREWORD',
  acknowledgements: 'ACKNOWLEDGEMENTS',
  glossary: 'GLOSSARY',
  reasonsForFollowUp: 'REASONS',
  summaryOfKeyFindings: 'SUMMARY',
  nextSteps: 'NEXT_STEPS',
  inspectionArrangements: 'ARRANGEMENTS',
  roleOfInspectorate: 'ROLE',
};
const MEETING_KINDS = {
  BOARD: 'BOARD',
  MANAGEMENT: 'MANAGERS',
  PRACTITIONERS: 'PRACTITIONERS',
  PARTNERS: 'PARTNERS',
} as const;

export async function isSeeded(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.area.count()) > 0;
}

export async function seedReferenceData(
  prisma: PrismaClient,
  frameworks: FrameworkRegistry,
  data: SeedData,
): Promise<void> {
  const groupIds = new Map<string, string>();
  for (const group of data.comparisonGroups) {
    const row = await prisma.comparisonGroup.create({ data: group });
    groupIds.set(group.key, row.id);
  }
  const areaIds = new Map<string, string>();
  for (const area of data.areas) {
    const row = await prisma.area.create({
      data: {
        code: area.code,
        name: area.name,
        region: area.region,
        comparisonGroupId: groupIds.get(area.comparisonGroup) ?? null,
        districts: { create: area.districts.map((name) => ({ name })) },
      },
    });
    areaIds.set(area.code, row.id);
  }
  const userIds = new Map<string, string>();
  for (const account of data.accounts) {
    const row = await prisma.user.create({
      data: {
        email: account.email.toLowerCase(),
        name: account.name,
        role: account.role,
        areaId: account.areaCode ? (areaIds.get(account.areaCode) ?? null) : null,
        passwordHash: await hashPassword(account.password),
      },
    });
    userIds.set(account.email.toLowerCase(), row.id);
  }

  const inspectionIds = new Map<string, string>();
  const toPublish: string[] = [];
  // Baselines first, so a follow-up can name its baseline.
  const ordered = [...data.inspections].sort((a, b) => a.year - b.year);
  for (const inspection of ordered) {
    const framework = await prisma.framework.findUniqueOrThrow({
      where: { key_version: { key: inspection.frameworkKey, version: inspection.frameworkVersion } },
    });
    const areaId = areaIds.get(inspection.areaCode);
    if (!areaId) throw new Error(`Seed: unknown area ${inspection.areaCode}`);
    const publish = inspection.status === 'PUBLISHED';
    const created = await prisma.inspection.create({
      data: {
        areaId,
        frameworkId: framework.id,
        kind: inspection.kind,
        status: publish ? 'SIGNED_OFF' : inspection.status,
        year: inspection.year,
        title: `${inspection.kind === 'FOLLOW_UP' ? 'Follow-up inspection' : 'Effective Supervision Inspection'} ${inspection.year}`,
        evidence: inspection.evidence,
        baselineId: inspection.baselineKey ? (inspectionIds.get(inspection.baselineKey) ?? null) : null,
        fieldworkStart: inspection.fieldwork ? new Date(`${inspection.fieldwork.from}T00:00:00Z`) : null,
        fieldworkEnd: inspection.fieldwork ? new Date(`${inspection.fieldwork.to}T00:00:00Z`) : null,
        offenderInterviews: inspection.offenderInterviews,
        methodNote:
          inspection.kind === 'FOLLOW_UP' && !inspection.demo
            ? 'No interviews were held with offenders or significant other workers; original criterion scores are adjusted for a like-for-like comparison.'
            : null,
      },
    });
    inspectionIds.set(inspection.key, created.id);
    await seedInspectionContent(prisma, created.id, inspection, userIds, inspectionIds, data.recordedById);
    if (publish) toPublish.push(created.id);
  }
  for (const id of toPublish) await publishInspection(prisma, frameworks, null, id);
}

async function seedInspectionContent(
  prisma: PrismaClient,
  inspectionId: string,
  inspection: ReferenceInspection,
  userIds: Map<string, string>,
  inspectionIds: Map<string, string>,
  recordedById: string | undefined,
) {
  const memberships: Prisma.MembershipCreateManyInput[] = [];
  for (const member of inspection.team) {
    const userId = member.email ? userIds.get(member.email.toLowerCase()) : undefined;
    if (!userId) continue;
    const role = member.role === 'ASSISTANT_CHIEF_INSPECTOR' ? 'LEAD_INSPECTOR' : member.role;
    memberships.push({ inspectionId, userId, role });
  }
  if (memberships.length > 0) await prisma.membership.createMany({ data: memberships, skipDuplicates: true });

  for (const file of inspection.caseFiles) {
    const assessorId = file.assessorEmail ? (userIds.get(file.assessorEmail.toLowerCase()) ?? null) : null;
    const answeredById = assessorId ?? recordedById ?? [...userIds.values()][0]!;
    const complete = file.answers.length > 0;
    await prisma.caseFile.create({
      data: {
        inspectionId,
        reference: file.reference,
        facts: file.facts as unknown as Prisma.InputJsonValue,
        riskOfHarm: file.facts.riskOfHarm,
        officer: file.officer,
        assessorId,
        status: complete
          ? inspection.status === 'PUBLISHED'
            ? 'SUBMITTED'
            : 'IN_PROGRESS'
          : assessorId
            ? 'ASSIGNED'
            : 'UNASSIGNED',
        answers: {
          create: file.answers.map((a) => ({
            measureKey: a.measure,
            value: a.value,
            reason: a.reason ?? null,
            comment: a.comment ?? null,
            answeredById,
          })),
        },
      },
    });
  }
  if (inspection.recordedFigures.length > 0)
    await prisma.recordedResult.createMany({
      data: inspection.recordedFigures.map((f) => ({
        inspectionId,
        kind: f.kind,
        key: f.key,
        subsample: f.subsample,
        percentage: f.percentage,
        met: f.met,
        applicable: f.applicable,
        adjusted: f.adjusted,
        source: f.source,
      })),
    });
  for (const rec of inspection.recommendations)
    await prisma.recommendation.create({
      data: {
        inspectionId,
        number: rec.number,
        text: rec.text ?? `Recommendation ${rec.number}: ${rec.note ?? 'not quoted in the reports held.'}`,
      },
    });
  if (inspection.baselineKey) {
    const baselineId = inspectionIds.get(inspection.baselineKey);
    for (const followed of inspection.followedUpRecommendations) {
      const rec = baselineId
        ? await prisma.recommendation.findUnique({
            where: { inspectionId_number: { inspectionId: baselineId, number: followed.baselineNumber } },
          })
        : null;
      if (rec)
        await prisma.recommendationFollowUp.create({
          data: {
            recommendationId: rec.id,
            inspectionId,
            judgement: followed.judgement?.value ?? null,
            comment: followed.judgement?.basis ?? null,
          },
        });
    }
  }
  await prisma.finding.createMany({
    data: inspection.findings.map((f, position) => ({
      inspectionId,
      criterionCode: f.criterion,
      kind: f.kind,
      text: f.text,
      position,
    })),
  });
  await prisma.goodPractice.createMany({
    data: inspection.goodPractice.map((g, position) => ({
      inspectionId,
      criterionCode: g.criterion,
      text: g.text,
      position,
    })),
  });
  for (const text of inspection.reportTexts)
    await prisma.reportText.create({
      data: { inspectionId, section: REPORT_SECTIONS[text.key] ?? text.key.toUpperCase(), text: text.body },
    });
  const heldOn = inspection.fieldwork
    ? new Date(`${inspection.fieldwork.from}T00:00:00Z`)
    : new Date(`${inspection.year}-06-01T00:00:00Z`);
  await prisma.meeting.createMany({
    data: inspection.meetings.map((m) => ({ inspectionId, heldOn, attendees: m.with, kind: MEETING_KINDS[m.kind] })),
  });
}
