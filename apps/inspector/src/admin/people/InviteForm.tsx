// Inviting someone: their name, email address, role and, for an area role, the area.
import type { FormEvent } from 'react';
import { errorMessage, SelectField, TextField, type FormProblem, SubmitButton } from '@scrutiny/ui';
import { AREA_ROLES, areaOptions, ROLES, type Area, type InviteFormState } from './roles.ts';

export function InviteForm({
  form,
  setForm,
  areas,
  problems,
  busy,
  onInvite,
}: {
  form: InviteFormState;
  setForm: (form: InviteFormState) => void;
  areas: readonly Area[];
  problems: readonly FormProblem[];
  busy: boolean;
  onInvite: (event: FormEvent) => void;
}) {
  const needsArea = AREA_ROLES.includes(form.role);
  return (
    <form onSubmit={onInvite} noValidate>
      <h2 className="govuk-heading-m">Invite someone</h2>
      <TextField
        id="person-name"
        label="Name"
        autoComplete="off"
        error={errorMessage(problems, 'person-name')}
        value={form.name}
        onChange={(name) => setForm({ ...form, name })}
      />
      <TextField
        id="person-email"
        label="Email address"
        type="email"
        autoComplete="off"
        spellCheck={false}
        error={errorMessage(problems, 'person-email')}
        value={form.email}
        onChange={(email) => setForm({ ...form, email })}
      />
      <SelectField
        id="person-role"
        label="Role"
        options={ROLES}
        value={form.role}
        onChange={(role) => setForm({ ...form, role: ROLES.find((r) => r.value === role)?.value ?? form.role })}
      />
      {needsArea ? (
        <SelectField
          id="person-area"
          label="Area"
          error={errorMessage(problems, 'person-area')}
          options={areaOptions(areas)}
          value={form.areaId}
          onChange={(areaId) => setForm({ ...form, areaId })}
        />
      ) : null}
      <SubmitButton busy={busy}>Send invitation</SubmitButton>
    </form>
  );
}
