// The audit log's filters: a case file's reference and a person, applied together or cleared.
import { FormGroup, SubmitButton } from '@scrutiny/ui';
import type { FormEvent } from 'react';
import { roleLabel } from './audit-model.ts';
import type { Filter } from './audit-filter.ts';

export function AuditFilterForm({
  draft,
  setDraft,
  actors,
  filtered,
  onApply,
  onClear,
}: {
  draft: Filter;
  setDraft: (draft: Filter) => void;
  actors: readonly { id: string; name: string; role: string }[];
  filtered: boolean;
  onApply: (event: FormEvent) => void;
  onClear: () => void;
}) {
  return (
    <form onSubmit={onApply} noValidate className="govuk-!-margin-bottom-6">
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
          <SubmitButton variant="secondary">Apply filters</SubmitButton>
          {filtered ? (
            <button type="button" className="app-link-button govuk-body" onClick={onClear}>
              Clear filters
            </button>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}
