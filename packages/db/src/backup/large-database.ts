// A large database made in SQL, for the backup's scale test and bench: one inspection with many case files, each with
// many answers, and many audit events. Every row keeps the schema's rules (keys, uniques, enums, not-nulls), so a
// restore re-checks them all.
import type { SqlSession } from '../migrate/sql-session.ts';

export interface LargeDatabaseSize {
  caseFiles: number;
  answersPerFile: number;
  auditEvents: number;
}

/** Adds the rows; returns how many it added. */
export async function fillLargeDatabase(session: SqlSession, size: LargeDatabaseSize): Promise<number> {
  await session.exec(`
    INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
      VALUES ('large-user', 'large@scrutiny.test', 'Large Assessor', 'not-a-hash', 'AREA_ASSESSOR', now());
    INSERT INTO "Area" (id, code, name, region, "updatedAt") VALUES ('large-area', 'LRGE', 'Large', 'Nowhere', now());
    INSERT INTO "Framework" (id, key, version, title, definition)
      VALUES ('large-framework', 'large', '1', 'Large', '{"criteria": [], "measures": []}');
    INSERT INTO "Inspection" (id, "areaId", "frameworkId", kind, status, year, title, "updatedAt")
      VALUES ('large-inspection', 'large-area', 'large-framework', 'FULL', 'FIELDWORK', 2026, 'Large', now());
    INSERT INTO "CaseFile" (id, "inspectionId", reference, facts, "riskOfHarm", "assessorId", status, "updatedAt")
      SELECT 'file-' || n, 'large-inspection', 'REF' || lpad(n::text, 7, '0'),
        jsonb_build_object('reference', 'REF' || n, 'orderType', 'COMMUNITY', 'riskOfHarm', 'HIGH',
          'dates', jsonb_build_object('start', '2026-01-01'), 'reviewDates', '[]'::jsonb),
        (ARRAY['LOW','MEDIUM','HIGH','VERY_HIGH'])[1 + n % 4]::"RiskOfHarm", 'large-user', 'IN_PROGRESS', now()
      FROM generate_series(1, ${size.caseFiles}) AS n;
    INSERT INTO "Answer" (id, "caseFileId", "measureKey", value, reason, "answeredById", "updatedAt")
      SELECT 'answer-' || f || '-' || m, 'file-' || f, 'Q' || m, CASE WHEN (f + m) % 3 = 0 THEN 'NO' ELSE 'YES' END,
        CASE WHEN (f + m) % 7 = 0 THEN 'A reason with "quotes", a comma and ünïcode' END, 'large-user', now()
      FROM generate_series(1, ${size.caseFiles}) AS f, generate_series(1, ${size.answersPerFile}) AS m;
    INSERT INTO "AuditEvent" (id, at, "actorId", action, entity, "entityId", "inspectionId", "after")
      SELECT 'event-' || n, now() - n * interval '1 second', 'large-user', 'answer.update', 'Answer',
        'answer-' || (1 + n % ${size.caseFiles}) || '-1', 'large-inspection', jsonb_build_object('value', 'YES', 'version', n)
      FROM generate_series(1, ${size.auditEvents}) AS n;
  `);
  return 4 + size.caseFiles * (1 + size.answersPerFile) + size.auditEvents;
}

/** Each application table's row count and a checksum of its rows in a fixed order: equal tables, equal results. */
export async function tableChecksums(session: SqlSession): Promise<Record<string, { rows: number; md5: string }>> {
  const tables = await session.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'
       AND tablename NOT IN ('_prisma_migrations', 'LiveScores') ORDER BY tablename`,
  );
  const result: Record<string, { rows: number; md5: string }> = {};
  for (const { name } of tables) {
    const [row] = await session.query<{ rows: number | string; md5: string | null }>(
      `SELECT count(*) AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS md5 FROM "${name}" t`,
    );
    result[name] = { rows: Number(row!.rows), md5: row!.md5 ?? '' };
  }
  return result;
}
