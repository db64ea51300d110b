// Inviting someone: their name, email address, role and, for an area role, the area.
import type { FormEvent } from 'react';
import { FieldError, hasError, type FormProblem } from '@scrutiny/ui';
import { AREA_ROLES, ROLES, type Area, type InviteFormState, type Role } from './roles.ts';

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
      <div className={`govuk-form-group${hasError(problems, 'person-name') ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label" htmlFor="person-name">
          Name
        </label>
        <FieldError problems={problems} field="person-name" />
        <input
          className="govuk-input"
          id="person-name"
          name="person-name"
          type="text"
          autoComplete="off"
          aria-describedby={hasError(problems, 'person-name') ? 'person-name-error' : undefined}
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
        />
      </div>
      <div className={`govuk-form-group${hasError(problems, 'person-email') ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label" htmlFor="person-email">
          Email address
        </label>
        <FieldError problems={problems} field="person-email" />
        <input
          className="govuk-input"
          id="person-email"
          name="person-email"
          type="email"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hasError(problems, 'person-email') ? 'person-email-error' : undefined}
          value={form.email}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
        />
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="person-role">
          Role
        </label>
        <select
          className="govuk-select"
          id="person-role"
          name="person-role"
          value={form.role}
          onChange={(e) => setForm({ ...form, role: e.target.value as Role })}
        >
          {ROLES.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      {needsArea ? (
        <div className={`govuk-form-group${hasError(problems, 'person-area') ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label" htmlFor="person-area">
            Area
          </label>
          <FieldError problems={problems} field="person-area" />
          <select
            className="govuk-select"
            id="person-area"
            name="person-area"
            aria-describedby={hasError(problems, 'person-area') ? 'person-area-error' : undefined}
            value={form.areaId}
            onChange={(e) => setForm({ ...form, areaId: e.target.value })}
          >
            <option value="">Choose an area</option>
            {areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit" className="govuk-button" disabled={busy}>
        Send invitation
      </button>
    </form>
  );
}
