// Prepared statements for the statements a process sends again and again (issue 18): PostgreSQL parses and plans a
// named statement once per connection and then only binds and runs it (and, after a few runs, may keep a generic
// plan). The driver adapter asks for a name before each statement; a statement is named once its text has been seen
// before (a one-off is never prepared), each text gets its own name (node-postgres refuses one name for two texts),
// and only so many texts are named per process, so neither side's memory grows with the variety of statements
// (lists of varying length make new texts).
import { createHash } from 'node:crypto';

/** Names given per process at most; later texts run unnamed (parsed every time, as before). */
export const MOST_NAMED_STATEMENTS = 500;

/** The driver adapter's `statementNameGenerator`: a name for a repeated statement with parameters, else none. */
export function preparedStatementNames(
  limit = MOST_NAMED_STATEMENTS,
): (query: { sql: string; args: unknown[] }) => string | undefined {
  const seen = new Set<string>();
  const named = new Map<string, string>();
  return ({ sql, args }) => {
    // Without parameters: transaction control and one-off maintenance, nothing worth preparing.
    if (args.length === 0) return undefined;
    const name = named.get(sql);
    if (name) return name;
    if (!seen.has(sql)) {
      if (seen.size < limit * 4) seen.add(sql);
      return undefined;
    }
    if (named.size >= limit) return undefined;
    const given = `scrutiny_${createHash('sha256').update(sql).digest('base64url').slice(0, 22)}`;
    named.set(sql, given);
    return given;
  };
}
