// Adding a comparison group.
import { SubmitButton } from '@scrutiny/ui';
import type { FormEvent } from 'react';
import type { FormProblem } from '@scrutiny/ui';
import { TextField } from './TextField.tsx';
import type { GroupFormState } from './area-forms.ts';

export function GroupForm({
  group,
  setGroup,
  problems,
  busy,
  onSubmit,
}: {
  group: GroupFormState;
  setGroup: (group: GroupFormState) => void;
  problems: readonly FormProblem[];
  busy: boolean;
  onSubmit: (event: FormEvent) => void;
}) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <h3 className="govuk-heading-s">Add a comparison group</h3>
      <TextField
        id="group-key"
        label="Key"
        hint="A short name used in the area CSV, e.g. metropolitan."
        width="govuk-input--width-20"
        value={group.key}
        onChange={(key) => setGroup({ ...group, key })}
        problems={problems}
      />
      <TextField
        id="group-name"
        label="Name"
        value={group.name}
        onChange={(name) => setGroup({ ...group, name })}
        problems={problems}
      />
      <TextField
        id="group-description"
        label="Description (optional)"
        value={group.description}
        onChange={(description) => setGroup({ ...group, description })}
        problems={problems}
      />
      <SubmitButton busy={busy}>Add comparison group</SubmitButton>
    </form>
  );
}
