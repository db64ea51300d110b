// An inspection's audit log (issue 6, § Security 3), for its HM inspectors and the chief inspectors: who read or
// changed which case file and when, newest first, a page at a time, filtered by case file or by person, and the
// same events downloaded as a CSV file. Everyone else is told plainly that the log is not theirs to see.
import { FormGroup, TableRegion } from '@scrutiny/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useClient, useQuery } from 'urql';
import { Link } from '../routing/router.tsx';
import { actionText, csvFileName, roleLabel } from './audit-model.ts';
import { AuditLogAccessQuery, AuditLogCsvQuery, AuditLogQuery } from './documents.ts';

const PAGE_SIZE = 50;

const WHEN = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'Europe/London',
});

interface Filter {
  caseFileReference: string;
  actorId: string;
}
const NO_FILTER: Filter = { caseFileReference: '', actorId: '' };

/** Saves text as a file the browser downloads, named `name`. */
function download(text: string, name: string, type: string): void {
  // The byte order mark tells spreadsheets the file is UTF-8, so names with accents survive.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function AuditLogPage({ id }: { id: string }) {
  const [access] = useQuery({ query: AuditLogAccessQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const inspection = access.data?.inspection ?? null;
  useEffect(() => {
    document.title = `Audit log – ${inspection?.title ?? 'Inspection'} – Scrutiny`;
  }, [inspection?.title]);

  if (!inspection) {
    if (access.fetching || !access.data) return <p className="govuk-body">Loading…</p>;
    return (
      <>
        <h1 className="govuk-heading-l">Inspection not found</h1>
        <p className="govuk-body">It does not exist, or you may not see it.</p>
      </>
    );
  }
  const back = (
    <p className="govuk-body">
      <Link to={`/inspections/${encodeURIComponent(inspection.id)}`}>Back to {inspection.title}</Link>
    </p>
  );
  if (!inspection.mayReadAuditLog)
    return (
      <>
        <span className="govuk-caption-l">{inspection.title}</span>
        <h1 className="govuk-heading-l">You cannot see this audit log</h1>
        <p className="govuk-body">
          Only the inspection’s HM inspectors and the chief inspectors may see who read and changed its case files.
        </p>
        {back}
      </>
    );
  return (
    <>
      <span className="govuk-caption-l">
        {inspection.area.name}, {inspection.year}
      </span>
      <h1 className="govuk-heading-l">Audit log: {inspection.title}</h1>
      {back}
      <AuditLog inspection={inspection} />
    </>
  );
}

function AuditLog({ inspection }: { inspection: { id: string; title: string; area: { name: string } } }) {
  const client = useClient();
  const [draft, setDraft] = useState<Filter>(NO_FILTER);
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  // The cursor each page starts after: the first page starts at the newest event.
  const [cursors, setCursors] = useState<readonly (string | null)[]>([null]);
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<string | null>(null);
  const [exportProblem, setExportProblem] = useState<string | null>(null);
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

  const onExport = async () => {
    setExporting(true);
    setExported(null);
    setExportProblem(null);
    const answer = await client
      .query(
        AuditLogCsvQuery,
        {
          id: inspection.id,
          caseFileReference: filter.caseFileReference || null,
          actorId: filter.actorId || null,
        },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    setExporting(false);
    const csv = answer.data?.inspection?.auditLogCsv;
    if (typeof csv !== 'string') {
      setExportProblem('The audit log could not be exported. Try again.');
      return;
    }
    const name = csvFileName({
      area: inspection.area.name,
      title: inspection.title,
      caseFileReference: filter.caseFileReference || null,
      person: person?.name ?? null,
      on: new Date(),
    });
    download(csv, name, 'text/csv;charset=utf-8');
    setExported(name);
  };

  return (
    <>
      <p className="govuk-body">
        Every read of a case file and every change made in this inspection, with who made it and when. The export has
        the same events, oldest first, with the records as they were before and after each change.
      </p>

      <form onSubmit={applyFilter} noValidate className="govuk-!-margin-bottom-6">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Filter the log</legend>
          <FormGroup
            id="audit-case-file"
            label="Case file reference"
            hint="Its reads, answers and second marking. For example, WM06-007."
          >
            <input
              className="govuk-input govuk-input--width-10"
              id="audit-case-file"
              name="caseFileReference"
              type="text"
              spellCheck={false}
              autoComplete="off"
              aria-describedby="audit-case-file-hint"
              value={draft.caseFileReference}
              onChange={(event) => setDraft({ ...draft, caseFileReference: event.target.value })}
            />
          </FormGroup>
          <FormGroup id="audit-person" label="Person">
            <select
              className="govuk-select"
              id="audit-person"
              name="actorId"
              value={draft.actorId}
              onChange={(event) => setDraft({ ...draft, actorId: event.target.value })}
            >
              <option value="">Everyone</option>
              {actors.map((actor) => (
                <option key={actor.id} value={actor.id}>
                  {actor.name} ({roleLabel(actor.role)})
                </option>
              ))}
            </select>
          </FormGroup>
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button govuk-button--secondary">
              Apply filters
            </button>
            {filtered ? (
              <button type="button" className="app-link-button govuk-body" onClick={clearFilter}>
                Clear filters
              </button>
            ) : null}
          </div>
        </fieldset>
      </form>

      <div className="govuk-button-group">
        <button type="button" className="govuk-button" disabled={exporting} onClick={() => void onExport()}>
          Export CSV{filtered ? <span className="govuk-visually-hidden"> of the filtered events</span> : null}
        </button>
      </div>
      <div aria-live="polite" className="govuk-!-margin-bottom-4">
        {exported ? <p className="govuk-body">Downloaded {exported}.</p> : null}
        {exportProblem ? (
          <p className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {exportProblem}
          </p>
        ) : null}
      </div>

      <h2 className="govuk-heading-m" ref={tableHeading} tabIndex={-1} id="audit-events-heading">
        {heading}
        {pageNumber > 1 ? `, page ${pageNumber}` : ''}
      </h2>
      {result.error && !result.data ? <p className="govuk-body">The audit log could not be loaded.</p> : null}
      {result.fetching && !result.data ? <p className="govuk-body">Loading…</p> : null}
      {log && events.length === 0 ? (
        <p className="govuk-body">{filtered ? 'No events match the filters.' : 'Nothing has been recorded yet.'}</p>
      ) : null}
      {events.length > 0 ? (
        <TableRegion labelledBy="audit-events-heading">
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">Audit log events, newest first</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  When
                </th>
                <th scope="col" className="govuk-table__header">
                  Who
                </th>
                <th scope="col" className="govuk-table__header">
                  Role
                </th>
                <th scope="col" className="govuk-table__header">
                  What
                </th>
                <th scope="col" className="govuk-table__header">
                  Case file
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {log!.edges.map(({ cursor, node }) => (
                <tr className="govuk-table__row" key={cursor}>
                  <td className="govuk-table__cell">
                    <time dateTime={node.at}>{WHEN.format(new Date(node.at))}</time>
                  </td>
                  <td className="govuk-table__cell">{node.actor?.name ?? 'A deleted account'}</td>
                  <td className="govuk-table__cell">{node.actor ? roleLabel(node.actor.role) : '–'}</td>
                  <td className="govuk-table__cell">{actionText(node)}</td>
                  <td className="govuk-table__cell">{node.caseFileReference ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
      {log && (pageNumber > 1 || log.pageInfo.hasNextPage) ? (
        <nav className="govuk-pagination govuk-pagination--block" aria-label="Pages of the audit log">
          {pageNumber > 1 ? (
            <div className="govuk-pagination__prev">
              <button type="button" className="app-link-button govuk-pagination__link" onClick={() => turn('previous')}>
                <span className="govuk-pagination__link-title">Newer events</span>
              </button>
            </div>
          ) : null}
          {log.pageInfo.hasNextPage ? (
            <div className="govuk-pagination__next">
              <button type="button" className="app-link-button govuk-pagination__link" onClick={() => turn('next')}>
                <span className="govuk-pagination__link-title">Older events</span>
              </button>
            </div>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
