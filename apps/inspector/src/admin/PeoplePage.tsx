// People and their roles (administrators only): inviting someone (the one-time link is shown to pass on, and emailed
// when the server sends mail), changing a role, issuing a password-reset link, clearing a lost second factor, and
// deactivating (after a confirmation: every session of theirs ends at once) or reactivating. The parts live in
// people/.
import { useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { ErrorSummary, type FormProblem } from '@scrutiny/ui';
import { PeopleQuery } from './setup-documents.ts';
import { EMPTY_INVITE, type InviteFormState, type RoleEdit } from './people/roles.ts';
import { ConfirmPersonAction, type Confirming } from './people/ConfirmPersonAction.tsx';
import { IssuedLink, PeopleDone, type Issued } from './people/PeopleNotices.tsx';
import { InviteForm } from './people/InviteForm.tsx';
import { PersonCard } from './people/PersonCard.tsx';
import { usePeopleActions } from './people/use-people-actions.ts';

export function PeoplePage({ viewer }: { viewer: { role: string } }) {
  const [result, refetch] = useQuery({ query: PeopleQuery, requestPolicy: 'cache-and-network' });
  const [form, setForm] = useState<InviteFormState>(EMPTY_INVITE);
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [roleEdits, setRoleEdits] = useState<Record<string, RoleEdit>>({});
  const panel = useRef<HTMLDivElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const clear = () => {
    setIssued(null);
    setDone(null);
    setProblems([]);
  };
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const actions = usePeopleActions({
    form,
    setForm,
    roleEdits,
    setRoleEdits,
    confirming,
    setConfirming,
    setProblems,
    setBusy,
    setIssued,
    setDone,
    clear,
    reload,
  });

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

  const areas = (result.data?.areas ?? []).filter((a) => !a.retired);
  const people = result.data?.people ?? [];

  if (confirming)
    return (
      <ConfirmPersonAction
        confirming={confirming}
        problems={problems}
        busy={busy}
        headingRef={confirmHeading}
        onConfirm={() => void actions.onConfirm()}
        onCancel={() => setConfirming(null)}
      />
    );

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <ErrorSummary problems={problems} />
        {issued ? <IssuedLink issued={issued} panelRef={panel} /> : null}
        {done ? <PeopleDone done={done} panelRef={panel} /> : null}
        <h1 className="govuk-heading-l">People</h1>

        <InviteForm
          form={form}
          setForm={setForm}
          areas={areas}
          problems={problems}
          busy={busy}
          onInvite={(e) => void actions.onInvite(e)}
        />

        <h2 className="govuk-heading-m">Everyone with an account</h2>
        {people.map((person) => (
          <PersonCard
            key={person.id}
            person={person}
            edit={roleEdits[person.id] ?? { role: person.role, areaId: person.area?.id ?? '' }}
            editing={Boolean(roleEdits[person.id])}
            areas={areas}
            problems={problems}
            busy={busy}
            onEdit={(edit) => setRoleEdits({ ...roleEdits, [person.id]: edit })}
            onChangeRole={() => void actions.onChangeRole(person.id)}
            onReset={() => void actions.onReset(person.id)}
            onReactivate={() => void actions.onReactivate(person.id, person.name)}
            onConfirm={(kind) => (clear(), setConfirming({ kind, id: person.id, name: person.name }))}
          />
        ))}
      </div>
    </div>
  );
}
