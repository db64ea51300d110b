// The frame of the writing pages: where the inspection is, the way back, and the way between the writing pages.
import { useEffect, type ReactNode } from 'react';
import { Link } from '../routing/router.tsx';
import { humanise } from '../labels.ts';

export const writingPaths = (id: string) => {
  const base = `/inspections/${encodeURIComponent(id)}`;
  return {
    inspection: base,
    evidence: `${base}/evidence`,
    findings: `${base}/findings`,
    criterion: (code: string) => `${base}/findings/${encodeURIComponent(code)}`,
    report: `${base}/report`,
    preview: `${base}/report/preview`,
  };
};

const PAGES = [
  { key: 'evidence', label: 'Meetings and evidence' },
  { key: 'findings', label: 'Findings and recommendations' },
  { key: 'report', label: 'Draft report and publication' },
  { key: 'preview', label: 'Preview of the report' },
] as const;

export function WritingFrame({
  inspection,
  heading,
  current,
  children,
}: {
  inspection: { id: string; title: string; status: string; published: boolean };
  heading: string;
  current: (typeof PAGES)[number]['key'] | null;
  children: ReactNode;
}) {
  useEffect(() => {
    document.title = `${heading} – ${inspection.title} – Scrutiny`;
  }, [heading, inspection.title]);
  const paths = writingPaths(inspection.id);
  return (
    <>
      <span className="govuk-caption-l">{inspection.title}</span>
      <h1 className="govuk-heading-l">{heading}</h1>
      <nav aria-label="Writing the report" className="govuk-!-margin-bottom-6">
        <ul className="govuk-list app-inline-list">
          <li>
            <Link to={paths.inspection}>Back to the inspection</Link>
          </li>
          {PAGES.map((page) => (
            <li key={page.key}>
              {page.key === current ? (
                <span aria-current="page" className="govuk-!-font-weight-bold">
                  {page.label}
                </span>
              ) : (
                <Link to={paths[page.key]}>{page.label}</Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {inspection.published ? (
        <div className="govuk-inset-text">
          This inspection is published: what it says and its figures are frozen and can no longer change.
        </div>
      ) : (
        <p className="govuk-body-s">Status: {humanise(inspection.status)}.</p>
      )}
      {children}
    </>
  );
}

export function Loading({ found, fetching }: { found: boolean; fetching: boolean }) {
  if (found) return null;
  if (fetching) return <p className="govuk-body">Loading…</p>;
  return (
    <>
      <h1 className="govuk-heading-l">Inspection not found</h1>
      <p className="govuk-body">It does not exist, or you may not see it.</p>
    </>
  );
}
