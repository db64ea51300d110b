// Personal data held only as long as it is needed (issue 21): a published inspection's case-level personal data is
// erased, by a chief inspector or by the retention job, and every figure, export and public answer stays exactly as
// it was; nothing erased is left in any table, not even after restoring a backup taken before the erasure; the job
// erases once however many processes run it; and a person's data can be found and exported until it is erased.
import ExcelJS from 'exceljs';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createDb, restoreBackup, takeBackup, type Backup, type Db } from '@scrutiny/db';
import { testDatabaseKinds } from '@scrutiny/db/testing';
import { reportDocument } from '@scrutiny/domain';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type ScrutinyApp } from '../app.ts';
import { eraseDueInspections, erasureDueAt } from '../services/retention.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';
import { fetchReportModel, westMidlands2005Id } from '../testing/report-model.ts';

let api: TestApi;
let wm2005: string;
let wm2005Id: string;
let chief: string;
let administrator: string;
let informationManager: string;
/** Personal values put on the 2005 inspection's records, each found nowhere else in the database. */
const personal: string[] = [];
const PERSON = 'PERSON-RT-0001';

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  wm2005 = await westMidlands2005Id(api.gql);
  wm2005Id = (await api.app.db.prisma.inspection.findFirstOrThrow({ where: { year: 2005, area: { code: 'WMPA' } } }))
    .id;
  [chief, administrator, informationManager] = await Promise.all([
    api.signIn(DEMO_EMAILS.assistantChiefInspector),
    api.signIn(DEMO_EMAILS.administrator),
    api.signIn(DEMO_EMAILS.informationManager),
  ]);
  await holdPersonalData(api.app.db.prisma);
}, 240_000);
afterAll(() => api?.close());

/**
 * What fieldwork leaves on an inspection besides answers: comments naming people, second marking notes, the area's
 * case list with its people, evidence and meeting notes, and audit events carrying all of these.
 */
async function holdPersonalData(prisma: Db['prisma']) {
  const files = await prisma.caseFile.findMany({
    where: { inspectionId: wm2005Id },
    orderBy: { reference: 'asc' },
    include: { answers: { orderBy: { measureKey: 'asc' }, take: 2 } },
  });
  const elsewhere = await prisma.caseFile.findMany({
    where: { inspectionId: { not: wm2005Id } },
    select: { reference: true, officer: true },
  });
  const usedElsewhere = new Set(elsewhere.flatMap((f) => [f.reference, f.officer]));
  for (const value of new Set(files.flatMap((f) => [f.reference, f.officer ?? ''])))
    if (value && !usedElsewhere.has(value)) personal.push(value);
  const inspector = await prisma.user.findFirstOrThrow({ where: { email: DEMO_EMAILS.inspector } });
  const first = files[0]!;
  for (const [i, file] of files.slice(0, 3).entries()) {
    const comment = `Mr Quentin Harrowgate-${i} missed three appointments`;
    personal.push(comment);
    await prisma.answer.update({ where: { id: file.answers[0]!.id }, data: { comment } });
    await prisma.auditEvent.create({
      data: {
        actorId: inspector.id,
        action: 'answer.update',
        entity: 'Answer',
        entityId: file.answers[0]!.id,
        inspectionId: wm2005Id,
        before: { value: file.answers[0]!.value, comment: null, version: 1 },
        after: { value: file.answers[0]!.value, comment, version: 2 },
      },
    });
  }
  personal.push(
    'Second marker saw a letter to Ms Ophelia Brackenridge',
    'Resolved after talking to Ophelia Brackenridge',
  );
  await prisma.validation.create({
    data: {
      caseFileId: first.id,
      measureKey: first.answers[0]!.measureKey,
      inspectorId: inspector.id,
      value: first.answers[0]!.value,
      comment: 'Second marker saw a letter to Ms Ophelia Brackenridge',
      resolutionNote: 'Resolved after talking to Ophelia Brackenridge',
    },
  });
  personal.push(PERSON, 'Officer Wilhelmina Stroud');
  await prisma.caseCandidate.createMany({
    data: [
      {
        inspectionId: wm2005Id,
        reference: first.reference,
        person: PERSON,
        officer: 'Officer Wilhelmina Stroud',
        facts: first.facts as object,
        eligible: true,
        row: 2,
      },
      {
        inspectionId: wm2005Id,
        reference: 'CL-RT-0002',
        person: 'PERSON-RT-0002',
        officer: null,
        facts: first.facts as object,
        eligible: false,
        ineligibleReason: 'redacted',
        row: 3,
      },
    ],
  });
  personal.push('CL-RT-0002', 'PERSON-RT-0002');
  personal.push('Letter from the victim, Mrs Petronella Axworthy', 'Met the family of Mr Barnaby Quillfeather');
  const evidence = await prisma.evidence.create({
    data: {
      inspectionId: wm2005Id,
      kind: 'DOCUMENT',
      title: 'Case correspondence',
      description: 'Letter from the victim, Mrs Petronella Axworthy',
    },
  });
  await prisma.auditEvent.create({
    data: {
      actorId: inspector.id,
      action: 'evidence.create',
      entity: 'Evidence',
      entityId: evidence.id,
      inspectionId: wm2005Id,
      after: { title: evidence.title, description: evidence.description },
    },
  });
  const meeting = await prisma.meeting.findFirstOrThrow({ where: { inspectionId: wm2005Id } });
  await prisma.meeting.update({
    where: { id: meeting.id },
    data: { notes: 'Met the family of Mr Barnaby Quillfeather' },
  });
  personal.push('unusable: Mr Cornelius Fairweather moved abroad');
  await prisma.auditEvent.create({
    data: {
      actorId: inspector.id,
      action: 'caseFile.replace',
      entity: 'CaseFile',
      entityId: first.id,
      inspectionId: wm2005Id,
      after: { reason: 'unusable: Mr Cornelius Fairweather moved abroad', replacement: files[1]!.reference },
    },
  });
}

const PUBLIC_FIGURES = /* GraphQL */ `
  query ($id: ID!) {
    inspection(id: $id) {
      title
      year
      status
      publishedAt
      methodNote
      subsamples {
        key
        label
      }
      criterionScores {
        code
        subsample
        met
        applicable
        percentage
        adjusted
        rule
        interval {
          low
          high
        }
      }
      highRisk: criterionScores(subsample: "HIGH_RISK_OF_HARM") {
        code
        subsample
        met
        applicable
        percentage
      }
      measureResults {
        key
        subsample
        met
        applicable
        percentage
        notApplicable
        smallDenominator
        interval {
          low
          high
        }
      }
      highRiskMeasures: measureResults(subsample: "HIGH_RISK_OF_HARM") {
        key
        subsample
        met
        applicable
        percentage
      }
      comparison(correction: HOLM) {
        improved
        deteriorated
        unchanged
        compared
        figures {
          key
          kind
          subsample
          met
          applicable
          percentage
          baselinePercentage
          changePoints
          direction
          pValue
          adjustedPValue
          significant
        }
      }
      findings {
        text
      }
      recommendations {
        text
      }
      reportTexts {
        section
        text
      }
      meetings {
        attendees
        kind
      }
      exports {
        key
        fileName
        url
      }
    }
  }
`;

async function download(path: string): Promise<Response> {
  return Promise.resolve(api.app.yoga.fetch(`http://scrutiny.test${path}`));
}

async function workbookCells(bytes: ArrayBuffer): Promise<unknown[][][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  return workbook.worksheets.map((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => rows.push(JSON.parse(JSON.stringify(row.values)) as unknown[]));
    return rows;
  });
}

/** Everything anyone reads of the inspection's figures and report: the public API, the team's view, every download. */
async function everythingPublished() {
  const [anonymous, asChief] = await Promise.all([
    api.gql(PUBLIC_FIGURES, { id: wm2005 }),
    api.gql(PUBLIC_FIGURES, { id: wm2005 }, chief),
  ]);
  expect(anonymous.errors).toBeUndefined();
  expect(asChief.errors).toBeUndefined();
  const base = `/exports/${encodeURIComponent(wm2005)}`;
  const [csv, json, xlsx, pdf, docx] = await Promise.all(
    ['figures-csv', 'figures-json', 'figures-xlsx', 'report-pdf', 'report-docx'].map((key) =>
      download(`${base}/${key}`),
    ),
  );
  for (const response of [csv, json, xlsx, pdf, docx]) expect(response!.status).toBe(200);
  const model = await fetchReportModel(api.app, wm2005);
  const area = await api.gql(
    `{ area(code: "WMPA") { inspections(first: 10) { edges { node { year criterionScores { code percentage } } } } } }`,
  );
  return {
    anonymous: anonymous.data,
    asChief: asChief.data,
    csv: await csv!.text(),
    json: await json!.text(),
    xlsx: await workbookCells(await xlsx!.arrayBuffer()),
    pdfBytes: (await pdf!.arrayBuffer()).byteLength > 0,
    docxBytes: (await docx!.arrayBuffer()).byteLength > 0,
    model,
    document: reportDocument(model),
    area: area.data,
  };
}

/** Where in the database a value still is: table → rows holding it anywhere in any column. */
async function whereHeld(db: Db, values: readonly string[]): Promise<Record<string, number>> {
  const session = await db.sqlSession();
  try {
    const tables = await session.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const found: Record<string, number> = {};
    for (const { name } of tables)
      for (const value of values) {
        const [row] = await session.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "${name}" t WHERE strpos(lower(t::text), lower($1)) > 0`,
          [value],
        );
        if (row && row.n > 0) found[`${name}: ${value}`] = row.n;
      }
    return found;
  } finally {
    await session.close();
  }
}

const ERASE = /* GraphQL */ `
  mutation ($input: MutationErasePersonalDataInput!) {
    erasePersonalData(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
      ... on MutationErasePersonalDataSuccess {
        data {
          id
          trigger
          reason
          erasedByName
          inspectionTitle
          counts {
            kind
            count
          }
          keptFacts
        }
      }
    }
  }
`;
type EraseResult = {
  erasePersonalData: {
    __typename: string;
    code?: string;
    data?: { trigger: string; reason: string; erasedByName: string; counts: { kind: string; count: number }[] };
  };
};

let backupBeforeErasure: Backup;
let published: Awaited<ReturnType<typeof everythingPublished>>;

describe('before erasure', () => {
  it('says on the inspection when its personal data will be erased, and what will remain', async () => {
    const response = await api.gql<{
      inspection: {
        publishedAt: string;
        personalDataErasureDue: string;
        personalDataErasedAt: null;
        afterErasureRemains: string;
      };
    }>(
      `query ($id: ID!) { inspection(id: $id) { publishedAt personalDataErasureDue personalDataErasedAt afterErasureRemains } }`,
      { id: wm2005 },
    );
    const inspection = response.data!.inspection;
    expect(inspection.personalDataErasureDue).toBe(erasureDueAt(new Date(inspection.publishedAt), 12).toISOString());
    expect(new Date(inspection.personalDataErasureDue).getUTCFullYear()).toBe(
      new Date(inspection.publishedAt).getUTCFullYear() + 1,
    );
    expect(inspection.personalDataErasedAt).toBeNull();
    expect(inspection.afterErasureRemains).toMatch(/published figures and report/);
  });

  it('lists what each inspection holds for administrators', async () => {
    const response = await api.gql<{
      personalDataHoldings: {
        inspection: { id: string; evidence: string; status: string };
        caseFiles: number;
        comments: number;
        caseListRows: number;
        erasureDue: string | null;
      }[];
    }>(
      `{ personalDataHoldings { inspection { id evidence status } caseFiles comments caseListRows erasureDue } }`,
      {},
      administrator,
    );
    expect(response.errors).toBeUndefined();
    const held = response.data!.personalDataHoldings.find((h) => h.inspection.id === wm2005)!;
    expect(held).toMatchObject({ caseFiles: 40, comments: 4, caseListRows: 2 });
    expect(held.erasureDue).not.toBeNull();
    // Inspections known only from their report hold no case files: nothing is ever due.
    const recorded = response.data!.personalDataHoldings.filter((h) => h.inspection.evidence === 'RECORDED_FIGURES');
    expect(recorded.length).toBeGreaterThan(0);
    expect(recorded.every((h) => h.erasureDue === null && h.caseFiles === 0)).toBe(true);
    // Every inspection is listed, published or not.
    expect(response.data!.personalDataHoldings.some((h) => h.inspection.status !== 'PUBLISHED')).toBe(true);
  });

  it("finds and exports a person's case files for an information manager, and logs the export", async () => {
    const response = await api.gql<{
      exportPersonalData: {
        __typename: string;
        data?: {
          caseFileCount: number;
          caseListRowCount: number;
          document: { caseFiles: { reference: string; answers: unknown[] }[] };
        };
      };
    }>(
      `mutation ($input: MutationExportPersonalDataInput!) { exportPersonalData(input: $input) { __typename
        ... on MutationExportPersonalDataSuccess { data { caseFileCount caseListRowCount document } } } }`,
      { input: { personIdentifier: PERSON } },
      informationManager,
    );
    const exported = response.data!.exportPersonalData.data!;
    expect(exported.caseFileCount).toBe(1);
    expect(exported.caseListRowCount).toBe(1);
    expect(exported.document.caseFiles[0]!.answers.length).toBeGreaterThan(10);
    const logged = await api.app.db.prisma.auditEvent.count({
      where: { action: 'personalData.export', inspectionId: wm2005Id },
    });
    expect(logged).toBe(1);
    // A comment naming someone names them too.
    const byComment = await api.gql<{ exportPersonalData: { data?: { caseFileCount: number } } }>(
      `mutation { exportPersonalData(input: { personIdentifier: "quentin harrowgate" }) {
        ... on MutationExportPersonalDataSuccess { data { caseFileCount } } } }`,
      {},
      informationManager,
    );
    expect(byComment.data!.exportPersonalData.data!.caseFileCount).toBe(3);
  });

  it('refuses to erase an inspection that is not published', async () => {
    const inProgress = await api.app.db.prisma.inspection.findFirstOrThrow({ where: { status: { not: 'PUBLISHED' } } });
    const response = await api.gql<EraseResult>(
      ERASE,
      { input: { inspectionId: encodeGlobalID('Inspection', inProgress.id), reason: 'Asked by the area' } },
      chief,
    );
    expect(response.data!.erasePersonalData).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
    expect(await api.app.db.prisma.erasureRecord.count()).toBe(0);
  });
});

describe("a chief inspector's erasure", () => {
  it('erases the personal data and keeps every figure, export and public answer exactly as it was', async () => {
    expect(Object.keys(await whereHeld(api.app.db, personal)).length).toBeGreaterThan(personal.length / 2);
    published = await everythingPublished();
    const session = await api.app.db.sqlSession();
    backupBeforeErasure = JSON.parse(JSON.stringify(await takeBackup(session))) as Backup;
    await session.close();

    const response = await api.gql<EraseResult>(
      ERASE,
      { input: { inspectionId: wm2005, reason: 'The area asked for early erasure after a complaint.' } },
      chief,
    );
    const record = response.data!.erasePersonalData.data!;
    expect(record.trigger).toBe('CHIEF_INSPECTOR');
    expect(record.erasedByName).toBeTruthy();
    expect(Object.fromEntries(record.counts.map((c) => [c.kind, c.count]))).toEqual({
      caseFiles: 40,
      answerComments: 3,
      validationComments: 1,
      evidenceTexts: 1,
      meetingNotes: 1,
      caseListRows: 2,
      auditEvents: 5,
    });

    expect(await everythingPublished()).toEqual(published);
    expect(await whereHeld(api.app.db, personal)).toEqual({});
  }, 120_000);

  it('keeps the case facts the framework counts by, and the answers', async () => {
    const files = await api.app.db.prisma.caseFile.findMany({
      where: { inspectionId: wm2005Id },
      include: { answers: true },
    });
    expect(files).toHaveLength(40);
    for (const file of files) {
      expect(file.reference).toBe(`erased-${file.id}`);
      expect(file.officer).toBeNull();
      const facts = file.facts as { riskOfHarm: string; reference: string };
      expect(facts.riskOfHarm).toBe(file.riskOfHarm);
      expect(facts.reference).toBe(file.reference);
      expect(file.answers.length).toBeGreaterThan(0);
      expect(file.answers.every((a) => a.comment === null)).toBe(true);
    }
    // Audit events keep their shape: the keys stay, the personal values go.
    const replaced = await api.app.db.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'caseFile.replace', inspectionId: wm2005Id },
    });
    expect(replaced.after).toEqual({ reason: '[erased]', replacement: '[erased]' });
  });

  it('is recorded for administrators, in the audit log export and on the inspection; and happens once', async () => {
    const records = await api.gql<{ erasureRecords: { inspectionTitle: string; trigger: string; reason: string }[] }>(
      `{ erasureRecords { inspectionTitle trigger reason } }`,
      {},
      administrator,
    );
    expect(records.data!.erasureRecords).toEqual([
      expect.objectContaining({
        trigger: 'CHIEF_INSPECTOR',
        reason: 'The area asked for early erasure after a complaint.',
      }),
    ]);
    const csv = await api.gql<{ inspection: { auditLogCsv: string; personalDataErasedAt: string | null } }>(
      `query ($id: ID!) { inspection(id: $id) { auditLogCsv personalDataErasedAt } }`,
      { id: wm2005 },
      chief,
    );
    expect(csv.data!.inspection.auditLogCsv).toMatch(/erasureRecord,ErasureRecord/);
    expect(csv.data!.inspection.auditLogCsv).toMatch(/inspection\.erasePersonalData/);
    expect(csv.data!.inspection.personalDataErasedAt).not.toBeNull();

    const again = await api.gql<EraseResult>(ERASE, { input: { inspectionId: wm2005, reason: 'Again' } }, chief);
    expect(again.data!.erasePersonalData).toMatchObject({ __typename: 'InvalidStateError' });
    const holdings = await api.gql<{
      personalDataHoldings: { inspection: { id: string }; caseFiles: number; comments: number; caseListRows: number }[];
    }>(`{ personalDataHoldings { inspection { id } caseFiles comments caseListRows } }`, {}, chief);
    expect(holdings.data!.personalDataHoldings.find((h) => h.inspection.id === wm2005)).toMatchObject({
      caseFiles: 0,
      comments: 0,
      caseListRows: 0,
    });
    const exported = await api.gql<{
      exportPersonalData: { data?: { caseFileCount: number; caseListRowCount: number } };
    }>(
      `mutation ($input: MutationExportPersonalDataInput!) { exportPersonalData(input: $input) {
        ... on MutationExportPersonalDataSuccess { data { caseFileCount caseListRowCount } } } }`,
      { input: { personIdentifier: PERSON } },
      informationManager,
    );
    expect(exported.data!.exportPersonalData.data).toEqual({ caseFileCount: 0, caseListRowCount: 0 });
  });

  it('survives the restore of a backup taken before it: the erased data does not come back', async () => {
    const session = await api.app.db.sqlSession();
    try {
      await restoreBackup(session, backupBeforeErasure);
    } finally {
      await session.close();
    }
    expect(await api.app.db.prisma.erasureRecord.count({ where: { inspectionId: wm2005Id } })).toBe(1);
    expect(await whereHeld(api.app.db, personal)).toEqual({});
    expect(await everythingPublished()).toEqual(published);
  }, 120_000);
});

describe('the retention job', () => {
  it.runIf(testDatabaseKinds.includes('postgres'))(
    'skips an inspection a chief inspector erased while it waited, and goes on',
    async () => {
      const prisma = api.app.db.prisma;
      const [first] = await prisma.inspection.findMany({
        where: { status: 'PUBLISHED', evidence: 'CASE_FILES', id: { not: wm2005Id } },
        orderBy: { publishedAt: 'asc' },
        take: 1,
      });
      const now = erasureDueAt(first!.publishedAt!, 12);
      // Another transaction holds the inspection's row, as a chief inspector's erasure does.
      const other = await api.app.db.sqlSession();
      try {
        await other.exec('BEGIN');
        await other.query('SELECT 1 FROM "Inspection" WHERE "id" = $1 FOR UPDATE', [first!.id]);
        const run = eraseDueInspections(prisma, api.app.services.frameworks, 12, now);
        // Wait until the job is waiting on that row, then finish the other erasure.
        for (let i = 0; i < 200; i++) {
          const [waiting] = await other.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
          );
          if (waiting!.n > 0) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await other.query(
          `INSERT INTO "ErasureRecord" ("id", "inspectionId", "inspectionTitle", "trigger", "keptFacts", "counts")
           VALUES ('by-chief', $1, $2, 'CHIEF_INSPECTOR', '{}'::jsonb, '{}'::jsonb)`,
          [first!.id, first!.title],
        );
        await other.exec('COMMIT');
        const result = await run;
        expect(result.ran).toBe(true);
        expect(result.erased).not.toContain(first!.id);
      } finally {
        await other.close();
      }
    },
    60_000,
  );

  it('erases each inspection past its date once, however many processes run it at the same moment', async () => {
    const prisma = api.app.db.prisma;
    const erasedAlready = (await prisma.erasureRecord.findMany()).map((r) => r.inspectionId);
    const due = await prisma.inspection.findMany({
      where: { status: 'PUBLISHED', evidence: 'CASE_FILES', id: { notIn: erasedAlready } },
      select: { id: true, publishedAt: true },
    });
    expect(due.length).toBeGreaterThan(0);
    const latest = Math.max(...due.map((i) => i.publishedAt!.getTime()));
    const now = new Date(erasureDueAt(new Date(latest), 12).getTime() + 60_000);
    // Nothing is due the day before the first date.
    const early = Math.min(...due.map((i) => erasureDueAt(i.publishedAt!, 12).getTime())) - 86_400_000;
    expect(await eraseDueInspections(prisma, api.app.services.frameworks, 12, new Date(early))).toEqual({
      ran: true,
      erased: [],
    });

    // A second process: its own connections to the same database (PostgreSQL), or the same embedded one (PGlite).
    let other: ScrutinyApp | null = null;
    if (api.app.db.kind === 'postgres') {
      const [database] = await prisma.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
      const url = new URL(process.env.DATABASE_URL!);
      url.pathname = `/${database!.name}`;
      other = await createApp(api.app.services.config, { db: await createDb({ databaseUrl: url.toString() }) });
    }
    try {
      const runs = await Promise.all([
        eraseDueInspections(prisma, api.app.services.frameworks, 12, now),
        eraseDueInspections((other ?? api.app).db.prisma, (other ?? api.app).services.frameworks, 12, now),
      ]);
      const erased = runs.flatMap((r) => r.erased);
      expect(erased.sort()).toEqual(due.map((i) => i.id).sort());
      expect(
        await prisma.erasureRecord.count({
          where: { trigger: 'RETENTION_RULE', inspectionId: { in: due.map((i) => i.id) } },
        }),
      ).toBe(due.length);
      expect(
        await prisma.auditEvent.count({
          where: { action: 'inspection.erasePersonalData', inspectionId: { in: due.map((i) => i.id) } },
        }),
      ).toBe(due.length);
      // A later run finds nothing left to do.
      expect(await eraseDueInspections(prisma, api.app.services.frameworks, 12, now)).toEqual({
        ran: true,
        erased: [],
      });
    } finally {
      await other?.close();
    }
  }, 120_000);
});
