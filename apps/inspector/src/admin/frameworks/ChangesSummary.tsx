// What changed in a framework file since the version it follows: questions added, removed, reworded and moved,
// and how many stay comparable.
import type { Changes } from './framework-upload.ts';

function KeyList({ keys }: { keys: readonly string[] }) {
  return keys.length === 0 ? <>none</> : <>{keys.join(', ')}</>;
}

export function ChangesSummary({ changes }: { changes: Changes }) {
  return (
    <>
      <h2 className="govuk-heading-m">What changed since version {changes.fromVersion}</h2>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Added questions</dt>
          <dd className="govuk-summary-list__value">
            <KeyList keys={changes.added} />
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Removed questions</dt>
          <dd className="govuk-summary-list__value">
            <KeyList keys={changes.removed} />
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Reworded questions</dt>
          <dd className="govuk-summary-list__value">
            {changes.reworded.length === 0 ? (
              'none'
            ) : (
              <ul className="govuk-list">
                {changes.reworded.map((change) => (
                  <li key={change.key}>
                    <strong>{change.key}</strong>: “{change.before}” becomes “{change.after}”
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Moved questions</dt>
          <dd className="govuk-summary-list__value">
            {changes.moved.length === 0
              ? 'none'
              : changes.moved.map((m) => `${m.key} (${m.fromCriterion} to ${m.toCriterion})`).join(', ')}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Compared with version {changes.fromVersion}</dt>
          <dd className="govuk-summary-list__value">
            {changes.comparable.length} question{changes.comparable.length === 1 ? '' : 's'}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Left out of comparisons</dt>
          <dd className="govuk-summary-list__value">
            <KeyList keys={changes.notComparable} />
          </dd>
        </div>
      </dl>
    </>
  );
}
