// An inspection's audit log (issue 6, § Security 3), for its HM inspectors and the chief inspectors: who read or
// changed which case file and when, newest first, a page at a time, filtered by case file or by person, and the
// same events downloaded as a CSV file. Everyone else is told plainly that the log is not theirs to see.
// Its parts: the log (AuditLog.tsx) with its filters, export, events table and pagination, each in its own file.
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { Link } from '../routing/router.tsx';
import { AuditLogAccessQuery } from './documents.ts';
import { AuditLog } from './AuditLog.tsx';

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
