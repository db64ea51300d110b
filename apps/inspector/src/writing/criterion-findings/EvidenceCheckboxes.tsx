// The evidence a finding rests on: any of the documents and notes recorded under meetings and evidence.
export function EvidenceCheckboxes({
  evidenceItems,
  cited,
  setCited,
}: {
  evidenceItems: readonly { id: string; title: string }[];
  cited: readonly string[];
  setCited: (cited: readonly string[]) => void;
}) {
  if (!evidenceItems.length) return <p className="govuk-body-s">No evidence is recorded yet for a finding to cite.</p>;
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset" aria-describedby="finding-evidence-hint">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Evidence it rests on (optional)</legend>
        <div className="govuk-hint" id="finding-evidence-hint">
          Documents and notes recorded under meetings and evidence.
        </div>
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {evidenceItems.map((item) => (
            <div className="govuk-checkboxes__item" key={item.id}>
              <input
                className="govuk-checkboxes__input"
                id={`finding-evidence-${item.id}`}
                type="checkbox"
                checked={cited.includes(item.id)}
                onChange={(e) =>
                  setCited(e.target.checked ? [...cited, item.id] : cited.filter((other) => other !== item.id))
                }
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={`finding-evidence-${item.id}`}>
                {item.title}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
