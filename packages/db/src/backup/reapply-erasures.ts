// Erasures outlive a restore: the erasure records held before a backup replaces the database are put back after it,
// and each is applied again, so a backup taken before an erasure does not bring the erased data back.
import { eraseInspectionData, type KeptFacts } from '../erasure/erase-inspection.ts';
import type { SqlSession } from '../migrate/sql-session.ts';

/** The database's erasure records as JSON text (read before the restore replaces them). */
export async function erasuresBeforeRestore(tx: SqlSession): Promise<string> {
  const [row] = await tx.query<{ rows: string }>(
    `SELECT coalesce(json_agg(r), '[]'::json)::text AS rows FROM "ErasureRecord" r`,
  );
  return row?.rows ?? '[]';
}

/** Puts back the records the backup lacks, then re-applies every recorded erasure of an inspection it holds. */
export async function reapplyErasures(tx: SqlSession, heldBefore: string): Promise<{ reapplied: number }> {
  await tx.query(
    `INSERT INTO "ErasureRecord" SELECT * FROM json_populate_recordset(NULL::"ErasureRecord", $1::json)
     ON CONFLICT ("inspectionId") DO NOTHING`,
    [heldBefore],
  );
  const records = await tx.query<{ inspectionId: string; keptFacts: KeptFacts | string }>(
    `SELECT r."inspectionId", r."keptFacts" FROM "ErasureRecord" r
     JOIN "Inspection" i ON i."id" = r."inspectionId" ORDER BY r."erasedAt", r."id"`,
  );
  for (const record of records)
    await eraseInspectionData(
      tx,
      record.inspectionId,
      typeof record.keptFacts === 'string' ? (JSON.parse(record.keptFacts) as KeptFacts) : record.keptFacts,
    );
  return { reapplied: records.length };
}
