// The floor for bench/api-speed.ts: each operation as one hand-written SQL statement through `pg`, behind a bare
// HTTP server that returns the rows as JSON. No access checks, no audit, no GraphQL: the least any server could do.
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

/** One statement per operation; the body's parameters are its positional values. */
const FLOOR_SQL = {
  // Scrutiny writes every read of a case file to the audit log, so the floor writes the same row in the same statement.
  caseFile: `WITH audit AS (INSERT INTO "AuditEvent" (id, "actorId", action, entity, "entityId")
      VALUES (gen_random_uuid()::text, $2, 'caseFile.read', 'CaseFile', $1))
    SELECT cf.reference, cf.status, cf."riskOfHarm",
      COALESCE(json_agg(json_build_object('measureKey', a."measureKey", 'value', a.value, 'reason', a.reason,
        'comment', a.comment, 'version', a.version) ORDER BY a."measureKey") FILTER (WHERE a.id IS NOT NULL), '[]') AS answers
    FROM "CaseFile" cf LEFT JOIN "Answer" a ON a."caseFileId" = cf.id WHERE cf.id = $1 GROUP BY cf.id`,
  // The figures a published scorecard shows are frozen at publication: the inspection's and its baseline's.
  scorecard: `SELECT i.id, i.year, pr.figures FROM "Inspection" i JOIN "PublishedReport" pr ON pr."inspectionId" = i.id
    WHERE i.id = $1 OR i.id = (SELECT "baselineId" FROM "Inspection" WHERE id = $1)`,
  national: `SELECT DISTINCT ON (a.id) a.code, a.name, i.year, pr.figures -> 'criteria' AS criteria
    FROM "Area" a JOIN "Inspection" i ON i."areaId" = a.id AND i.status = 'PUBLISHED'
    JOIN "PublishedReport" pr ON pr."inspectionId" = i.id ORDER BY a.id, i.year DESC`,
  save: `UPDATE "Answer" SET value = $3, version = version + 1, "updatedAt" = now()
    WHERE id = $1 AND version = $2 RETURNING version`,
} as const;

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const operation = req.url?.slice(1) as keyof typeof FLOOR_SQL;
    const sql = FLOOR_SQL[operation];
    if (!sql) {
      res.writeHead(404).end();
      return;
    }
    const params = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString()) as unknown[]) : [];
    pool.query(sql, params).then(
      (result) => {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result.rows));
      },
      (error: Error) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(error.message);
      },
    );
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('floor ready'));
process.once('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
