// Who changed or read what: one row per event, written in the same transaction as the change it records. The same
// call tells live subscribers of the change (services/live.ts), so every audited change is announced.
import { randomUUID } from 'node:crypto';
import { sqlStatement, type Prisma, type SqlExecutor } from '@scrutiny/db';
import type { Viewer } from '../access/viewer.ts';
import { noteInspectionChange } from './live.ts';

type Tx = Pick<Prisma.TransactionClient, 'auditEvent'>;

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string;
  inspectionId?: string | null;
  before?: unknown;
  after?: unknown;
}

export async function audit(tx: Tx, viewer: Viewer | null, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: viewer?.id ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      inspectionId: entry.inspectionId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
  // Subscribers hear of the change once the transaction this row is written in commits.
  noteInspectionChange(entry.action, entry.inspectionId);
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined || value === null
    ? undefined
    : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

const CASE_FILE_READS = sqlStatement<never>(`
  INSERT INTO "AuditEvent" ("id", "at", "actorId", "action", "entity", "entityId", "inspectionId")
  SELECT id, $4, $5, 'caseFile.read', 'CaseFile', "entityId", "inspectionId"
  FROM unnest($1::text[], $2::text[], $3::text[]) AS read(id, "entityId", "inspectionId")`);

/**
 * The case files one request read, written to the audit log in one insert when the request's operation is done
 * (DESIGN § Security: every read of a case file is audited). A file read many times in one request is one event,
 * so listing forty files costs one statement, not forty.
 */
export class CaseFileReadLog {
  private readonly pending = new Map<string, string>();
  private readonly written = new Set<string>();

  note(file: { id: string; inspectionId: string }): void {
    if (!this.written.has(file.id)) this.pending.set(file.id, file.inspectionId);
  }

  /** This request changed the file and audited the change: handing back what it wrote is not a separate read. */
  coveredByChange(caseFileId: string): void {
    this.pending.delete(caseFileId);
    this.written.add(caseFileId);
  }

  async flush(sql: SqlExecutor, viewer: Viewer | null): Promise<void> {
    if (!viewer || this.pending.size === 0) return;
    const reads = [...this.pending];
    this.pending.clear();
    for (const [id] of reads) this.written.add(id);
    // One plain statement over arrays, past Prisma: its createMany costs several times the CPU of the insert itself,
    // and this runs on every read of a case file.
    await sql.query(CASE_FILE_READS, [
      reads.map(() => randomUUID()),
      reads.map(([id]) => id),
      reads.map(([, inspectionId]) => inspectionId),
      new Date(),
      viewer.id,
    ]);
  }
}
