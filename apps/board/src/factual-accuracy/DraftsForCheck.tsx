import { Link } from 'react-router';
import { Section } from '@scrutiny/ui';

export interface InspectionAtCheck {
  id: string;
  title: string;
  year: number;
  status: string;
}

/** On the area page: the drafts the inspectorate has shared with the board for their factual accuracy check. */
export function DraftsForCheck({ inspections }: { inspections: readonly InspectionAtCheck[] }) {
  const drafts = inspections.filter((i) => i.status === 'FACTUAL_ACCURACY_CHECK');
  if (drafts.length === 0) return null;
  return (
    <Section
      headingId="drafts-heading"
      headingSize="l"
      heading="Draft reports for your factual accuracy check"
      className="govuk-!-margin-bottom-8"
    >
      <p className="govuk-body">
        The inspectorate shares its draft report with the area before publishing it. Read it and tell the team about
        anything that is not accurate.
      </p>
      <ul className="govuk-list">
        {drafts.map((draft) => (
          <li key={draft.id}>
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
              {draft.title} ({draft.year})
            </h3>
            <ul className="govuk-list govuk-list--bullet">
              <li>
                <Link className="govuk-link" to={`/reports/${encodeURIComponent(draft.id)}`}>
                  Read the draft report<span className="govuk-visually-hidden">: {draft.title}</span>
                </Link>
              </li>
              <li>
                <Link className="govuk-link" to={`/area/factual-accuracy/${encodeURIComponent(draft.id)}`}>
                  Comment on the draft<span className="govuk-visually-hidden">: {draft.title}</span>
                </Link>
              </li>
            </ul>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** On a draft report at its factual accuracy check: where the area's board sends its comments. */
export function FactualAccuracyNotice({ inspection }: { inspection: InspectionAtCheck }) {
  if (inspection.status !== 'FACTUAL_ACCURACY_CHECK') return null;
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body">
        This draft is with the area for its factual accuracy check.{' '}
        <Link className="govuk-link" to={`/area/factual-accuracy/${encodeURIComponent(inspection.id)}`}>
          Comment on the draft
        </Link>
      </p>
    </div>
  );
}
