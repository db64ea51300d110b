// The audit log's filters: a case file's reference and a person, applied together or cleared.
import { FieldsetGroup, SelectField, SubmitButton, TextField } from '@scrutiny/ui';
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
  const people = actors.map((actor) => ({ value: actor.id, label: `${actor.name} (${roleLabel(actor.role)})` }));
  return (
    <form onSubmit={onApply} noValidate className="govuk-!-margin-bottom-6">
      <FieldsetGroup id="audit-filters" legend="Filter the log" legendSize="m">
        <TextField
          id="audit-case-file"
          name="caseFileReference"
          label="Case file reference"
          hint="Its reads, answers and second marking. For example, WM06-007."
          width="govuk-input--width-10"
          spellCheck={false}
          autoComplete="off"
          value={draft.caseFileReference}
          onChange={(caseFileReference) => setDraft({ ...draft, caseFileReference })}
        />
        <SelectField
          id="audit-person"
          name="actorId"
          label="Person"
          options={[{ value: '', label: 'Everyone' }, ...people]}
          value={draft.actorId}
          onChange={(actorId) => setDraft({ ...draft, actorId })}
        />
        <div className="govuk-button-group">
          <SubmitButton variant="secondary">Apply filters</SubmitButton>
          {filtered ? (
            <button type="button" className="app-link-button govuk-body" onClick={onClear}>
              Clear filters
            </button>
          ) : null}
        </div>
      </FieldsetGroup>
    </form>
  );
}
