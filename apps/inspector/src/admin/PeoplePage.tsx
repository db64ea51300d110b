// People and their roles (administrators only): inviting someone (the one-time link is shown to pass on, and emailed
// when the server sends mail), changing a role, issuing a password-reset link, clearing a lost second factor, and
// deactivating (after a confirmation: every session of theirs ends at once) or reactivating.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorSummary, FieldError, hasError, type FormProblem } from '@scrutiny/ui';
import {
  ChangePersonRoleMutation,
  DeactivatePersonMutation,
  InvitePersonMutation,
  IssuePasswordResetMutation,
  PeopleQuery,
  ReactivatePersonMutation,
  ResetPersonTwoFactorMutation,
} from './setup-documents.ts';

export const ROLES = [
  { value: 'INSPECTOR', label: 'Inspector' },
  { value: 'CHIEF_INSPECTOR', label: 'Chief inspector' },
  { value: 'INFORMATION_MANAGER', label: 'Information manager' },
  { value: 'ADMIN_OFFICER', label: 'Admin officer' },
  { value: 'AREA_ASSESSOR', label: 'Area assessor (seconded from an area)' },
  { value: 'BOARD_MEMBER', label: 'Board member of an area' },
  { value: 'ADMINISTRATOR', label: 'Administrator' },
] as const;
type Role = (typeof ROLES)[number]['value'];
const AREA_ROLES: readonly string[] = ['AREA_ASSESSOR', 'BOARD_MEMBER'];
const roleLabel = (role: string) => ROLES.find((r) => r.value === role)?.label ?? role;

interface Issued {
  heading: string;
  url: string;
  emailed: boolean;
}

type Confirming = { kind: 'deactivate' | 'two-factor'; id: string; name: string } | null;

export function PeoplePage({ viewer }: { viewer: { role: string } }) {
  const [result, refetch] = useQuery({ query: PeopleQuery, requestPolicy: 'cache-and-network' });
  const [, invite] = useMutation(InvitePersonMutation);
  const [, changeRole] = useMutation(ChangePersonRoleMutation);
  const [, deactivate] = useMutation(DeactivatePersonMutation);
  const [, reactivate] = useMutation(ReactivatePersonMutation);
  const [, issueReset] = useMutation(IssuePasswordResetMutation);
  const [, resetTwoFactor] = useMutation(ResetPersonTwoFactorMutation);
  const [form, setForm] = useState<{ email: string; name: string; role: Role; areaId: string }>({
    email: '',
    name: '',
    role: 'INSPECTOR',
    areaId: '',
  });
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [roleEdits, setRoleEdits] = useState<Record<string, { role: string; areaId: string }>>({});
  const panel = useRef<HTMLDivElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${problems.length ? 'Error: ' : ''}People – Scrutiny`;
  }, [problems.length]);
  useEffect(() => {
    if (issued || done) panel.current?.focus();
  }, [issued, done]);
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  if (viewer.role !== 'ADMINISTRATOR')
    return (
      <>
        <h1 className="govuk-heading-l">People</h1>
        <p className="govuk-body">Only administrators manage people and their roles.</p>
      </>
    );

  const reload = () => refetch({ requestPolicy: 'network-only' });
  const messageOf = (outcome: unknown) =>
    outcome && typeof outcome === 'object' && 'message' in outcome
      ? String(outcome.message)
      : 'Scrutiny cannot be reached. Try again.';
  const areas = (result.data?.areas ?? []).filter((a) => !a.retired);
  const people = result.data?.people ?? [];
  const clear = () => {
    setIssued(null);
    setDone(null);
    setProblems([]);
  };

  const onInvite = async (event: FormEvent) => {
    event.preventDefault();
    const found: FormProblem[] = [];
    if (!form.name.trim()) found.push({ field: 'person-name', message: 'Enter their name' });
    if (!form.email.trim()) found.push({ field: 'person-email', message: 'Enter their email address' });
    if (AREA_ROLES.includes(form.role) && !form.areaId)
      found.push({ field: 'person-area', message: 'Choose the area they are seconded from or sit for' });
    clear();
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    const res = await invite({
      input: {
        email: form.email.trim(),
        name: form.name.trim(),
        role: form.role,
        areaId: AREA_ROLES.includes(form.role) ? form.areaId : null,
      },
    });
    setBusy(false);
    const outcome = res.data?.invitePerson;
    if (outcome?.__typename === 'MutationInvitePersonSuccess') {
      setIssued({
        heading: `${outcome.data.person.name} is invited`,
        url: outcome.data.url,
        emailed: outcome.data.emailed,
      });
      setForm({ email: '', name: '', role: 'INSPECTOR', areaId: '' });
      reload();
    } else if (outcome?.__typename === 'InvalidInputError' && outcome.problems.length > 0)
      setProblems(
        outcome.problems.map((p) => ({
          field: p.path === 'areaId' ? 'person-area' : p.path === 'name' ? 'person-name' : 'person-email',
          message: p.message,
        })),
      );
    else setProblems([{ field: 'person-email', message: messageOf(outcome) }]);
  };

  const onChangeRole = async (id: string) => {
    const edit = roleEdits[id];
    if (!edit) return;
    clear();
    setBusy(true);
    const res = await changeRole({
      input: {
        userId: id,
        role: edit.role as Role,
        areaId: AREA_ROLES.includes(edit.role) ? edit.areaId || null : null,
      },
    });
    setBusy(false);
    const outcome = res.data?.changePersonRole;
    if (outcome?.__typename === 'MutationChangePersonRoleSuccess') {
      setDone('The role is changed. They are signed out everywhere and sign in again with their new role.');
      setRoleEdits(({ [id]: _, ...rest }) => rest);
      reload();
    } else setProblems([{ field: `role-${id}`, message: messageOf(outcome) }]);
  };

  const onReset = async (id: string) => {
    clear();
    setBusy(true);
    const res = await issueReset({ input: { userId: id } });
    setBusy(false);
    const outcome = res.data?.issuePasswordReset;
    if (outcome?.__typename === 'MutationIssuePasswordResetSuccess')
      setIssued({
        heading: `A new link for ${outcome.data.person.name}`,
        url: outcome.data.url,
        emailed: outcome.data.emailed,
      });
    else setProblems([{ field: `reset-${id}`, message: messageOf(outcome) }]);
  };

  const onReactivate = async (id: string, name: string) => {
    clear();
    const res = await reactivate({ input: { userId: id } });
    if (res.data?.reactivatePerson.__typename === 'MutationReactivatePersonSuccess') {
      setDone(`${name} can sign in again.`);
      reload();
    } else setProblems([{ field: `reset-${id}`, message: messageOf(res.data?.reactivatePerson) }]);
  };

  const onConfirm = async () => {
    if (!confirming) return;
    setBusy(true);
    const res =
      confirming.kind === 'deactivate'
        ? (await deactivate({ input: { userId: confirming.id } })).data?.deactivatePerson
        : (await resetTwoFactor({ input: { userId: confirming.id } })).data?.resetTwoFactor;
    setBusy(false);
    if (res && res.__typename.endsWith('Success')) {
      setDone(
        confirming.kind === 'deactivate'
          ? `${confirming.name} is deactivated: every session of theirs has ended and their links no longer work.`
          : `${confirming.name}’s two-factor sign-in is cleared. They set it up again at their next sign-in.`,
      );
      setConfirming(null);
      reload();
    } else setProblems([{ field: 'confirm-action', message: messageOf(res) }]);
  };

  if (confirming)
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary problems={problems} />
          <h1 className="govuk-heading-l" ref={confirmHeading} tabIndex={-1}>
            {confirming.kind === 'deactivate'
              ? `Deactivate ${confirming.name}?`
              : `Clear ${confirming.name}’s two-factor sign-in?`}
          </h1>
          <p className="govuk-body">
            {confirming.kind === 'deactivate'
              ? 'They are signed out everywhere at once, cannot sign in, and any link they were sent stops working. Their work stays as it is. You can reactivate them later.'
              : 'Their authenticator app and recovery codes stop working, and they are signed out. Do this only when you are sure who asked.'}
          </p>
          <div className="govuk-button-group">
            <button
              type="button"
              id="confirm-action"
              className="govuk-button govuk-button--warning"
              disabled={busy}
              onClick={() => void onConfirm()}
            >
              {confirming.kind === 'deactivate' ? 'Deactivate' : 'Clear two-factor sign-in'}
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setConfirming(null)}>
              Cancel
            </button>
          </div>
        </div>
      </div>
    );

  const needsArea = AREA_ROLES.includes(form.role);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <ErrorSummary problems={problems} />
        {issued ? (
          <div className="govuk-inset-text" ref={panel} tabIndex={-1} role="status">
            <h2 className="govuk-heading-m">{issued.heading}</h2>
            <p className="govuk-body">
              {issued.emailed
                ? 'The link has been emailed to them. You can also pass it on yourself:'
                : 'Pass this link on to them. It is shown only now:'}
            </p>
            <p className="govuk-body app-break-anywhere">
              <code id="issued-link">{issued.url}</code>
            </p>
            <p className="govuk-body-s">It works once, within 24 hours.</p>
          </div>
        ) : null}
        {done ? (
          <div
            className="govuk-notification-banner govuk-notification-banner--success"
            role="alert"
            aria-labelledby="people-done-title"
            ref={panel}
            tabIndex={-1}
          >
            <div className="govuk-notification-banner__header">
              <h2 className="govuk-notification-banner__title" id="people-done-title">
                Success
              </h2>
            </div>
            <div className="govuk-notification-banner__content">
              <p className="govuk-notification-banner__heading">{done}</p>
            </div>
          </div>
        ) : null}
        <h1 className="govuk-heading-l">People</h1>

        <form onSubmit={(e) => void onInvite(e)} noValidate>
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

        <h2 className="govuk-heading-m">Everyone with an account</h2>
        {people.map((person) => {
          const edit = roleEdits[person.id] ?? { role: person.role, areaId: person.area?.id ?? '' };
          return (
            <div className="govuk-summary-card" key={person.id}>
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
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-label--s" htmlFor={`role-${person.id}`}>
                    Change role<span className="govuk-visually-hidden"> of {person.name}</span>
                  </label>
                  <FieldError problems={problems} field={`role-${person.id}`} />
                  <select
                    className="govuk-select"
                    id={`role-${person.id}`}
                    value={edit.role}
                    onChange={(e) => setRoleEdits({ ...roleEdits, [person.id]: { ...edit, role: e.target.value } })}
                  >
                    {ROLES.map((r) => (
                      <option key={r.value} value={r.value}>
                        {r.label}
                      </option>
                    ))}
                  </select>
                  {AREA_ROLES.includes(edit.role) ? (
                    <>
                      <label className="govuk-label govuk-!-margin-top-2" htmlFor={`role-area-${person.id}`}>
                        Area<span className="govuk-visually-hidden"> of {person.name}</span>
                      </label>
                      <select
                        className="govuk-select"
                        id={`role-area-${person.id}`}
                        value={edit.areaId}
                        onChange={(e) =>
                          setRoleEdits({ ...roleEdits, [person.id]: { ...edit, areaId: e.target.value } })
                        }
                      >
                        <option value="">Choose an area</option>
                        {areas.map((a) => (
                          <option key={a.id} value={a.id}>
                            {a.name}
                          </option>
                        ))}
                      </select>
                    </>
                  ) : null}
                </div>
                <div className="govuk-button-group">
                  {roleEdits[person.id] ? (
                    <button
                      type="button"
                      className="govuk-button"
                      disabled={busy}
                      onClick={() => void onChangeRole(person.id)}
                    >
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
                        onClick={() => void onReset(person.id)}
                      >
                        {person.invitationPending ? 'New invitation link' : 'Password reset link'}
                        <span className="govuk-visually-hidden"> for {person.name}</span>
                      </button>
                      {person.twoFactorEnabled ? (
                        <button
                          type="button"
                          className="govuk-button govuk-button--secondary"
                          onClick={() => (
                            clear(),
                            setConfirming({ kind: 'two-factor', id: person.id, name: person.name })
                          )}
                        >
                          Clear two-factor<span className="govuk-visually-hidden"> of {person.name}</span>
                        </button>
                      ) : null}
                      <button
                        type="button"
                        className="govuk-button govuk-button--warning"
                        onClick={() => (
                          clear(),
                          setConfirming({ kind: 'deactivate', id: person.id, name: person.name })
                        )}
                      >
                        Deactivate<span className="govuk-visually-hidden"> {person.name}</span>
                      </button>
                    </>
                  ) : (
                    <button
                      type="button"
                      id={`reset-${person.id}`}
                      className="govuk-button govuk-button--secondary"
                      onClick={() => void onReactivate(person.id, person.name)}
                    >
                      Reactivate<span className="govuk-visually-hidden"> {person.name}</span>
                    </button>
                  )}
                </div>
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
