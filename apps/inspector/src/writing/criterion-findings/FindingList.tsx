// A criterion's findings in the order the report prints them, each with its kind, the evidence it cites and, until
// the report is published, a change and a remove button.
import { findingKindLabel } from '../labels.ts';
import type { Finding } from './criterion-writing.ts';

export function FindingList({
  criterionCode,
  findings,
  published,
  onChange,
  onRemove,
}: {
  criterionCode: string;
  findings: readonly Finding[];
  published: boolean;
  onChange: (finding: Finding) => void;
  onRemove: (finding: Finding, n: number) => void;
}) {
  if (!findings.length) return <p className="govuk-body">No findings yet.</p>;
  return (
    <ol className="govuk-list govuk-list--number" aria-label={`Findings of ${criterionCode}`}>
      {findings.map((finding, i) => (
        <li key={finding.id} className="govuk-!-margin-bottom-4">
          <strong className="govuk-tag govuk-tag--grey">{findingKindLabel(finding.kind)}</strong>
          <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-1 app-pre-line">{finding.text}</p>
          {finding.evidence.length ? (
            <p className="govuk-body-s govuk-!-margin-bottom-1">
              Evidence: {finding.evidence.map((e) => e.title).join('; ')}
            </p>
          ) : null}
          {published ? null : (
            <div className="app-actions">
              <button type="button" className="app-link-button" onClick={() => onChange(finding)}>
                Change<span className="govuk-visually-hidden"> finding {i + 1}</span>
              </button>
              <button type="button" className="app-link-button" onClick={() => onRemove(finding, i + 1)}>
                Remove<span className="govuk-visually-hidden"> finding {i + 1}</span>
              </button>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
