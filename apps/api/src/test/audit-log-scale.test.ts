// The audit log of an inspection reads its own rows only, however many events other inspections have (issue 23: in
// a table of a million events, an inspection whose events were older than others' took 2.6 s, its plan walking the
// time index backwards past every newer event). The API's own statements are captured and EXPLAINed.
//
// On PostgreSQL only: PGlite plans alike, but generating and analysing 200,000 rows in WebAssembly takes minutes,
// and the embedded database is not where a log of that size lives.
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@scrutiny/db/testing';
import { startTestApi, type TestApi } from '../testing/harness.ts';

const onPostgres = testDatabaseKinds.includes('postgres');
const NEWER_EVENTS = 200_000;
const OWN_EVENTS = 20_000;

let api: TestApi;
let inspector: string;
let inspectionId: string;
let assessorId: string;
/** The inspection's database id (the API's ids are global ids). */
let rawInspectionId: string;

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Rows Removed by Filter'?: number;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}
const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/** The SQL the API sent for `query` whose text reads the audit table. */
async function auditStatementsOf(query: string, variables: Record<string, unknown>) {
  const statements: string[] = [];
  const stop = api.app.db.onQuery((sql) => statements.push(sql));
  try {
    const res = await api.gql(query, variables, inspector);
    expect(res.errors).toBeUndefined();
  } finally {
    stop();
  }
  return statements.filter((sql) => /FROM "public"\."AuditEvent"/.test(sql) && /ORDER BY/.test(sql));
}

/**
 * EXPLAIN ANALYZE of one of the API's statements. Only its text is observed, not its parameters: each `$n` is given
 * the value its place in the text says (the inspection's or the person's id, the page size, no offset).
 */
async function explain(sql: string, ids: { inspectionId: string; actorId?: string }) {
  const value = (n: number) => {
    const at = new RegExp(`\\$${n}(?!\\d)`).exec(sql);
    if (!at) throw new Error(`No $${n} in ${sql}`);
    const before = sql.slice(0, at.index);
    if (/"inspectionId" = $/.test(before)) return `'${ids.inspectionId}'`;
    if (/"actorId" = $/.test(before)) return `'${ids.actorId}'`;
    if (/OFFSET $/.test(before)) return '0';
    if (/LIMIT $/.test(before)) return '51';
    throw new Error(`No value for $${n} in ${sql}`);
  };
  const count = Math.max(...[...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
  const args = Array.from({ length: count }, (_, i) => value(i + 1));
  const session = await api.app.db.sqlSession();
  try {
    await session.exec(`PREPARE audit_page AS ${sql}`);
    const [row] = await session.query<{ 'QUERY PLAN': unknown }>(
      `EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE audit_page(${args.join(', ')})`,
    );
    await session.exec('DEALLOCATE audit_page');
    const raw = row!['QUERY PLAN'];
    const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [{ Plan: PlanNode }];
    return nodesOf(plan[0].Plan);
  } finally {
    await session.close();
  }
}

/** Rows the plan read and threw away. */
const removedBy = (nodes: PlanNode[]) =>
  nodes.reduce((sum, n) => sum + (n['Rows Removed by Filter'] ?? 0) * (n['Actual Loops'] ?? 1), 0);

describe.skipIf(!onPostgres)('the audit log in a large table (PostgreSQL)', () => {
  beforeAll(async () => {
    api = await startTestApi({ seed: true });
    inspector = await api.signIn(DEMO_EMAILS.inspector);
    const res = await api.gql<{
      inspections: { edges: { node: { id: string; status: string; area: { code: string } } }[] };
    }>(`{ inspections(first: 20) { edges { node { id status area { code } } } } }`, {}, inspector);
    const nodes = res.data!.inspections.edges.map((e) => e.node);
    inspectionId = nodes.find((n) => n.status === 'FIELDWORK' && n.area.code === 'WMPA')!.id;
    rawInspectionId = Buffer.from(inspectionId, 'base64')
      .toString('utf8')
      .replace(/^Inspection:/, '');
    const other = Buffer.from(nodes.find((n) => n.id !== inspectionId)!.id, 'base64')
      .toString('utf8')
      .replace(/^Inspection:/, '');
    const session = await api.app.db.sqlSession();
    try {
      const [assessor] = await session.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [
        DEMO_EMAILS.westMidlandsAssessorA,
      ]);
      assessorId = assessor!.id;
      // This inspection's history: many events, all older than another inspection's written after them, many of
      // those by the same person; and this inspection's latest few events, the newest of all. (A plan that walks the
      // time index backwards finds those few at once, then passes every other inspection's event to reach the rest.)
      await session.query(
        `INSERT INTO "AuditEvent" (id, at, "actorId", action, entity, "entityId", "inspectionId")
         SELECT 'old-' || n, now() - interval '30 days' + n * interval '1 millisecond', $2, 'caseFile.read', 'CaseFile',
           'file-' || (n % 40), $1
         FROM generate_series(1, ${OWN_EVENTS}) AS n`,
        [rawInspectionId, assessorId],
      );
      await session.query(
        `INSERT INTO "AuditEvent" (id, at, "actorId", action, entity, "entityId", "inspectionId")
         SELECT 'scale-' || n, now() + n * interval '1 millisecond', $2, 'caseFile.read', 'CaseFile', 'file-' || (n % 4000), $1
         FROM generate_series(1, ${NEWER_EVENTS}) AS n`,
        [other, assessorId],
      );
      await session.query(
        `INSERT INTO "AuditEvent" (id, at, "actorId", action, entity, "entityId", "inspectionId")
         SELECT 'latest-' || n, now() + interval '1 hour' + n * interval '1 millisecond', $2, 'caseFile.read',
           'CaseFile', 'file-' || n, $1
         FROM generate_series(1, 10) AS n`,
        [rawInspectionId, assessorId],
      );
      await session.exec('ANALYZE "AuditEvent"');
    } finally {
      await session.close();
    }
  }, 300_000);
  afterAll(() => api?.close());

  const LOG = `query ($id: ID!, $actorId: ID) { inspection(id: $id) { auditLog(first: 50, actorId: $actorId) {
    edges { node { at action actor { name } } } } } }`;

  it("reads a page of an inspection's log on an index that fits, filtering out no other inspection's events", async () => {
    const [sql] = await auditStatementsOf(LOG, { id: inspectionId });
    expect(sql).toBeDefined();
    const nodes = await explain(sql!, { inspectionId: rawInspectionId });
    const scans = nodes.filter((n) => n['Relation Name'] === 'AuditEvent');
    expect(scans.map((n) => n['Node Type'])).not.toContain('Seq Scan');
    expect(scans.some((n) => n['Index Name'] === 'AuditEvent_inspectionId_at_id_idx')).toBe(true);
    const removed = removedBy(nodes);
    expect(removed).toBeLessThan(1000);
  });

  it("reads one person's events of the inspection without passing their events elsewhere", async () => {
    const userId = Buffer.from(`User:${assessorId}`).toString('base64');
    const [sql] = await auditStatementsOf(LOG, { id: inspectionId, actorId: userId });
    expect(sql).toBeDefined();
    const nodes = await explain(sql!, { inspectionId: rawInspectionId, actorId: assessorId });
    const removed = removedBy(nodes);
    expect(nodes.filter((n) => n['Relation Name'] === 'AuditEvent').map((n) => n['Node Type'])).not.toContain(
      'Seq Scan',
    );
    expect(removed).toBeLessThan(1000);
  });

  it("joins only the actor's name, never the whole account row", async () => {
    const statements: string[] = [];
    const stop = api.app.db.onQuery((sql) => statements.push(sql));
    try {
      const res = await api.gql(LOG, { id: inspectionId }, inspector);
      expect(res.errors).toBeUndefined();
    } finally {
      stop();
    }
    const userReads = statements.filter((sql) => /"public"\."AuditEvent"/.test(sql) && /"public"\."User"/.test(sql));
    expect(userReads.length).toBeGreaterThan(0);
    for (const sql of userReads) expect(sql).not.toMatch(/passwordHash/);
    // Nor the events' before and after values (their largest columns) when the page does not show them.
    for (const sql of userReads) expect(sql).not.toMatch(/"t0"\."(before|after)"/);
  });
});
