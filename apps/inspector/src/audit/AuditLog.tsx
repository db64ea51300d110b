// The log itself: its filters, its export, and the events a page at a time, newest first.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { AuditLogQuery } from './documents.ts';
import { NO_FILTER, type Filter } from './audit-filter.ts';
import { AuditFilterForm } from './AuditFilterForm.tsx';
import { AuditExport } from './AuditExport.tsx';
import { AuditEventsTable } from './AuditEventsTable.tsx';
import { AuditPagination } from './AuditPagination.tsx';

const PAGE_SIZE = 50;

export function AuditLog({ inspection }: { inspection: { id: string; title: string; area: { name: string } } }) {
  const [draft, setDraft] = useState<Filter>(NO_FILTER);
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  // The cursor each page starts after: the first page starts at the newest event.
  const [cursors, setCursors] = useState<readonly (string | null)[]>([null]);
  const tableHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const variables = {
    id: inspection.id,
    first: PAGE_SIZE,
    after: cursors[cursors.length - 1] ?? null,
    caseFileReference: filter.caseFileReference || null,
    actorId: filter.actorId || null,
  };
  const [result] = useQuery({ query: AuditLogQuery, variables, requestPolicy: 'cache-and-network' });
  const log = result.data?.inspection?.auditLog ?? null;
  const actors = result.data?.inspection?.auditLogActors ?? [];
  const events = log?.edges.map((e) => e.node) ?? [];
  const pageNumber = cursors.length;

  // Moving between pages or filtering takes the reader to the top of the results, as a new page would.
  useEffect(() => {
    if (moved.current && log) {
      moved.current = false;
      tableHeading.current?.focus();
    }
  }, [log]);

  const applyFilter = (event: FormEvent) => {
    event.preventDefault();
    moved.current = true;
    setFilter({ caseFileReference: draft.caseFileReference.trim(), actorId: draft.actorId });
    setCursors([null]);
  };
  const clearFilter = () => {
    moved.current = true;
    setDraft(NO_FILTER);
    setFilter(NO_FILTER);
    setCursors([null]);
  };
  const turn = (to: 'next' | 'previous') => {
    moved.current = true;
    if (to === 'next' && log?.pageInfo.endCursor) setCursors([...cursors, log.pageInfo.endCursor]);
    if (to === 'previous') setCursors(cursors.slice(0, -1));
  };

  const person = actors.find((a) => a.id === filter.actorId) ?? null;
  const filtered = Boolean(filter.caseFileReference || filter.actorId);
  const heading = `${filter.caseFileReference ? `Events of case file ${filter.caseFileReference}` : 'Events'}${
    person ? ` by ${person.name}` : ''
  }`;

  return (
    <>
      <p className="govuk-body">
        Every read of a case file and every change made in this inspection, with who made it and when. The export has
        the same events, oldest first, with the records as they were before and after each change.
      </p>
      <AuditFilterForm
        draft={draft}
        setDraft={setDraft}
        actors={actors}
        filtered={filtered}
        onApply={applyFilter}
        onClear={clearFilter}
      />
      <AuditExport inspection={inspection} filter={filter} person={person} />
      <h2 className="govuk-heading-m" ref={tableHeading} tabIndex={-1} id="audit-events-heading">
        {heading}
        {pageNumber > 1 ? `, page ${pageNumber}` : ''}
      </h2>
      {result.error && !result.data ? <p className="govuk-body">The audit log could not be loaded.</p> : null}
      {result.fetching && !result.data ? <p className="govuk-body">Loading…</p> : null}
      {log && events.length === 0 ? (
        <p className="govuk-body">{filtered ? 'No events match the filters.' : 'Nothing has been recorded yet.'}</p>
      ) : null}
      {log && events.length > 0 ? <AuditEventsTable edges={log.edges} /> : null}
      {log && (pageNumber > 1 || log.pageInfo.hasNextPage) ? (
        <AuditPagination hasNewer={pageNumber > 1} hasOlder={log.pageInfo.hasNextPage} onTurn={turn} />
      ) : null}
    </>
  );
}
