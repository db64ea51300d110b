// One person with an account: their details, changing their role, and the actions on their account.
import { errorMessage, FormGroup, Select, type FormProblem } from '@scrutiny/ui';
import { AREA_ROLES, areaOptions, ROLES, roleLabel, type Area, type RoleEdit } from './roles.ts';
import type { Confirming } from './ConfirmPersonAction.tsx';

export interface Person {
  id: string;
  name: string;
  email: string | null;
  role: string;
  area?: { id: string; name: string } | null;
  active?: boolean | null;
  invitationPending?: boolean | null;
  twoFactorEnabled?: boolean | null;
}

export function PersonCard({
  person,
  edit,
  editing,
  areas,
  problems,
  busy,
  onEdit,
  onChangeRole,
  onReset,
  onReactivate,
  onConfirm,
}: {
  person: Person;
  edit: RoleEdit;
  editing: boolean;
  areas: readonly Area[];
  problems: readonly FormProblem[];
  busy: boolean;
  onEdit: (edit: RoleEdit) => void;
  onChangeRole: () => void;
  onReset: () => void;
  onReactivate: () => void;
  onConfirm: (kind: NonNullable<Confirming>['kind']) => void;
}) {
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">{person.name}</h3>
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Email</dt>
            <dd className="govuk-summary-list__value app-break-anywhere">{person.email}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Role</dt>
            <dd className="govuk-summary-list__value">
              {roleLabel(person.role)}
              {person.area ? `, ${person.area.name}` : ''}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Status</dt>
            <dd className="govuk-summary-list__value">
              {person.active === false
                ? 'Deactivated'
                : person.invitationPending
                  ? 'Invited, not yet accepted'
                  : 'Active'}
              {person.twoFactorEnabled ? ', two-factor sign-in on' : ''}
            </dd>
          </div>
        </dl>
        <FormGroup
          id={`role-${person.id}`}
          label={
            <>
              Change role<span className="govuk-visually-hidden"> of {person.name}</span>
            </>
          }
          labelClass="govuk-label--s"
          error={errorMessage(problems, `role-${person.id}`)}
        >
          <Select
            id={`role-${person.id}`}
            options={ROLES}
            value={edit.role}
            onChange={(role) => onEdit({ ...edit, role })}
          />
          {AREA_ROLES.includes(edit.role) ? (
            <>
              <label className="govuk-label govuk-!-margin-top-2" htmlFor={`role-area-${person.id}`}>
                Area<span className="govuk-visually-hidden"> of {person.name}</span>
              </label>
              <Select
                id={`role-area-${person.id}`}
                options={areaOptions(areas)}
                value={edit.areaId}
                onChange={(areaId) => onEdit({ ...edit, areaId })}
              />
            </>
          ) : null}
        </FormGroup>
        <div className="govuk-button-group">
          {editing ? (
            <button type="button" className="govuk-button" disabled={busy} onClick={onChangeRole}>
              Save role<span className="govuk-visually-hidden"> of {person.name}</span>
            </button>
          ) : null}
          {person.active !== false ? (
            <>
              <button
                type="button"
                id={`reset-${person.id}`}
                className="govuk-button govuk-button--secondary"
                disabled={busy}
                onClick={onReset}
              >
                {person.invitationPending ? 'New invitation link' : 'Password reset link'}
                <span className="govuk-visually-hidden"> for {person.name}</span>
              </button>
              {person.twoFactorEnabled ? (
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  onClick={() => onConfirm('two-factor')}
                >
                  Clear two-factor<span className="govuk-visually-hidden"> of {person.name}</span>
                </button>
              ) : null}
              <button
                type="button"
                className="govuk-button govuk-button--warning"
                onClick={() => onConfirm('deactivate')}
              >
                Deactivate<span className="govuk-visually-hidden"> {person.name}</span>
              </button>
            </>
          ) : (
            <button
              type="button"
              id={`reset-${person.id}`}
              className="govuk-button govuk-button--secondary"
              onClick={onReactivate}
            >
              Reactivate<span className="govuk-visually-hidden"> {person.name}</span>
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
