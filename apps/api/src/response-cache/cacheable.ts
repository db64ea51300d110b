// Which answers may be shared: only reads of published figures, by callers whose view depends on nothing but a
// visibility class. Anything else (signed-in work, mutations, introspection, a person's own data) is never cached.
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { Viewer } from '../access/viewer.ts';
import type { ApiTokenHolder } from '../auth/api-tokens.ts';
import { isBoardMember } from '../access/roles.ts';
import { DOCUMENT_LIMITS } from '../armor/limits.ts';

/** Root fields of the published figures' pages: scorecards, the national picture, reports, area pages. */
const SHARED_ROOT_FIELDS = new Set([
  '__typename',
  'area',
  'areas',
  'comparisonGroups',
  'frameworks',
  'inspection',
  'inspections',
  'nationalPicture',
  'openDataLicence',
]);

/**
 * The caller's visibility class: callers of one class see exactly the same answer to the same document, so they may
 * share a cached one. Null: this caller's answers are never shared (the inspectorate, assessors, a board member
 * whose area has a draft open to them, or one who must still set up a second factor).
 */
export function visibilityClass(
  caller: { viewer: Viewer | null; apiToken: ApiTokenHolder | null },
  overNetwork: boolean,
): { kind: 'public'; key: string } | { kind: 'board'; areaId: string } | null {
  if (caller.apiToken) return { kind: 'public', key: `token:${[...caller.apiToken.scopes].sort().join(',')}` };
  // In-process readers (downloads reading the report) have the standard cost limit: a class of their own.
  if (!caller.viewer) return { kind: 'public', key: overNetwork ? 'anonymous' : 'in-process' };
  if (isBoardMember(caller.viewer) && caller.viewer.areaId) return { kind: 'board', areaId: caller.viewer.areaId };
  return null;
}

const MAX_REMEMBERED = 1000;
/** Longer document texts are decided each time, not remembered: a thousand of them would hold too much memory. */
const MAX_REMEMBERED_LENGTH = 64 * 1024;
const decided = new Map<string, boolean>();

/** Whether a document is a query of published figures only (decided once per document text and operation). */
export function isSharedRead(documentText: string, operationName: string | null | undefined): boolean {
  const key = `${operationName ?? ''}\u0000${documentText}`;
  let shared = decided.get(key);
  if (shared === undefined) {
    shared = decide(documentText, operationName);
    if (documentText.length <= MAX_REMEMBERED_LENGTH) {
      if (decided.size >= MAX_REMEMBERED) decided.clear();
      decided.set(key, shared);
    }
  }
  return shared;
}

function decide(documentText: string, operationName: string | null | undefined): boolean {
  let operations: OperationDefinitionNode[];
  try {
    // Asked before the document limits are applied: a document over the token limit is refused anyway, so it is
    // parsed no further than that (a scanner's 200,000 tokens would otherwise be parsed whole here first).
    operations = parse(documentText, { noLocation: true, maxTokens: DOCUMENT_LIMITS.tokens }).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
  } catch {
    return false;
  }
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation || operation.operation !== 'query') return false;
  // A fragment spread at the root could hide any field: such a document is not shared.
  return operation.selectionSet.selections.every(
    (s) => s.kind === Kind.FIELD && SHARED_ROOT_FIELDS.has(s.name.value) && !s.directives?.length,
  );
}
