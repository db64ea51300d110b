// A criterion's good practice examples, each with its title and, until the report is published, a change and a
// remove button.
import type { GoodPractice } from './criterion-writing.ts';

export function GoodPracticeList({
  practices,
  published,
  onChange,
  onRemove,
}: {
  practices: readonly GoodPractice[];
  published: boolean;
  onChange: (practice: GoodPractice) => void;
  onRemove: (practice: GoodPractice, n: number) => void;
}) {
  if (!practices.length) return <p className="govuk-body">No good practice examples yet.</p>;
  return practices.map((practice, i) => (
    <div className="govuk-inset-text" key={practice.id}>
      <h3 className="govuk-heading-s">
        Good practice example {i + 1}
        {practice.title ? `: ${practice.title}` : ''}
      </h3>
      <p className="govuk-body app-pre-line">
        <i>{practice.text}</i>
      </p>
      {published ? null : (
        <div className="app-actions">
          <button type="button" className="app-link-button" onClick={() => onChange(practice)}>
            Change<span className="govuk-visually-hidden"> good practice example {i + 1}</span>
          </button>
          <button type="button" className="app-link-button" onClick={() => onRemove(practice, i + 1)}>
            Remove<span className="govuk-visually-hidden"> good practice example {i + 1}</span>
          </button>
        </div>
      )}
    </div>
  ));
}
