// The comparison groups, in a table: each renamed in place, retired after a confirmation page (the parent's), or
// restored once retired.
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Table, type FormProblem, SubmitButton } from '@scrutiny/ui';
import { SetComparisonGroupRetiredMutation, UpdateComparisonGroupMutation } from '../setup-documents.ts';
import { TextField } from './TextField.tsx';
import { retirableActionsColumn } from './RetirableActions.tsx';

interface Group {
  id: string;
  key: string;
  name: string;
  description: string | null;
  retired: boolean;
}

const messageOf = (outcome: unknown) =>
  outcome && typeof outcome === 'object' && 'message' in outcome
    ? String(outcome.message)
    : 'Scrutiny cannot be reached. Try again.';

export function ComparisonGroupList(props: {
  groups: readonly Group[];
  problems: readonly FormProblem[];
  onProblems: (problems: readonly FormProblem[]) => void;
  onDone: (message: string) => void;
  onRetire: (group: Group) => void;
}) {
  const [, update] = useMutation(UpdateComparisonGroupMutation);
  const [, setRetired] = useMutation(SetComparisonGroupRetiredMutation);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);

  const onRename = async (event: FormEvent, group: Group) => {
    event.preventDefault();
    if (!renaming?.name.trim()) return props.onProblems([{ field: 'group-rename', message: 'Enter the group’s name' }]);
    const input = { comparisonGroupId: group.id, name: renaming.name.trim(), description: group.description ?? '' };
    const outcome = (await update({ input })).data?.updateComparisonGroup;
    if (outcome?.__typename !== 'MutationUpdateComparisonGroupSuccess')
      return props.onProblems([{ field: 'group-rename', message: messageOf(outcome) }]);
    setRenaming(null);
    props.onDone(`The comparison group ${group.name} is now called ${outcome.data.name}.`);
  };

  const onRestore = async (group: Group) => {
    const outcome = (await setRetired({ input: { comparisonGroupId: group.id, retired: false } })).data
      ?.setComparisonGroupRetired;
    if (outcome?.__typename === 'MutationSetComparisonGroupRetiredSuccess')
      props.onDone(`The comparison group ${group.name} is restored.`);
    else props.onProblems([{ field: 'group-key', message: messageOf(outcome) }]);
  };

  if (props.groups.length === 0) return <p className="govuk-body">There are no comparison groups yet.</p>;
  return (
    <Table
      caption={{ text: 'Comparison groups', size: 'hidden' }}
      rows={props.groups}
      columns={[
        {
          header: 'Name',
          cell: (g) =>
            renaming?.id === g.id ? (
              <form onSubmit={(e) => void onRename(e, g)} noValidate>
                <TextField
                  id="group-rename"
                  label={`New name for ${g.name}`}
                  value={renaming.name}
                  onChange={(name) => setRenaming({ id: g.id, name })}
                  problems={props.problems}
                />
                <SubmitButton className="govuk-!-margin-bottom-0">Save the name</SubmitButton>
              </form>
            ) : (
              g.name
            ),
        },
        { header: 'Key', cell: (g) => g.key },
        { header: 'Description', cell: (g) => g.description || '–' },
        retirableActionsColumn<Group>({
          changeLabel: 'Rename',
          onChange: (g) => setRenaming({ id: g.id, name: g.name }),
          onRetire: props.onRetire,
          onRestore: (g) => void onRestore(g),
        }),
      ]}
    />
  );
}
