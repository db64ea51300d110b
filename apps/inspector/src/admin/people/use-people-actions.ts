// What an administrator does to people: invite, change a role, issue a reset link, reactivate, and the confirmed
// deactivation or clearing of two-factor sign-in. Each reports back through the page's feedback state.
import type { FormEvent } from 'react';
import { useMutation } from 'urql';
import type { FormProblem } from '@scrutiny/ui';
import {
  ChangePersonRoleMutation,
  DeactivatePersonMutation,
  InvitePersonMutation,
  IssuePasswordResetMutation,
  ReactivatePersonMutation,
  ResetPersonTwoFactorMutation,
} from '../setup-documents.ts';
import { AREA_ROLES, EMPTY_INVITE, messageOf, type InviteFormState, type Role, type RoleEdit } from './roles.ts';
import type { Confirming } from './ConfirmPersonAction.tsx';
import type { Issued } from './PeopleNotices.tsx';

export interface PeopleState {
  form: InviteFormState;
  setForm: (form: InviteFormState) => void;
  roleEdits: Record<string, RoleEdit>;
  setRoleEdits: (update: (edits: Record<string, RoleEdit>) => Record<string, RoleEdit>) => void;
  confirming: Confirming;
  setConfirming: (confirming: Confirming) => void;
  setProblems: (problems: readonly FormProblem[]) => void;
  setBusy: (busy: boolean) => void;
  setIssued: (issued: Issued | null) => void;
  setDone: (done: string | null) => void;
  clear: () => void;
  reload: () => void;
}

export function usePeopleActions(state: PeopleState) {
  const [, invite] = useMutation(InvitePersonMutation);
  const [, changeRole] = useMutation(ChangePersonRoleMutation);
  const [, deactivate] = useMutation(DeactivatePersonMutation);
  const [, reactivate] = useMutation(ReactivatePersonMutation);
  const [, issueReset] = useMutation(IssuePasswordResetMutation);
  const [, resetTwoFactor] = useMutation(ResetPersonTwoFactorMutation);
  const { form, setForm, roleEdits, setRoleEdits, confirming, setConfirming } = state;
  const { setProblems, setBusy, setIssued, setDone, clear, reload } = state;

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
      setForm(EMPTY_INVITE);
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

  return { onInvite, onChangeRole, onReset, onReactivate, onConfirm };
}
