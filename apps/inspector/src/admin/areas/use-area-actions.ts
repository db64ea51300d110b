// What an administrator does to areas and comparison groups: add or change an area, add a group, retire after a
// confirmation, restore an area, and preview then apply a CSV import. Each reports back through the page's state.
import type { FormEvent } from 'react';
import { useMutation } from 'urql';
import type { FormProblem } from '@scrutiny/ui';
import {
  CreateAreaMutation,
  CreateComparisonGroupMutation,
  ImportAreasMutation,
  PreviewAreaImportMutation,
  SetAreaRetiredMutation,
  SetComparisonGroupRetiredMutation,
  UpdateAreaMutation,
} from '../setup-documents.ts';
import type { AreaImportPlan } from './AreaImportPreview.tsx';
import type { Retiring } from './RetireConfirmation.tsx';
import {
  AREA_FIELDS,
  EMPTY_AREA,
  EMPTY_GROUP,
  messageOf,
  type AreaFormState,
  type GroupFormState,
} from './area-forms.ts';

export interface AreasState {
  area: AreaFormState;
  setArea: (area: AreaFormState) => void;
  editing: string | null;
  setEditing: (editing: string | null) => void;
  group: GroupFormState;
  setGroup: (group: GroupFormState) => void;
  confirming: Retiring | null;
  setConfirming: (confirming: Retiring | null) => void;
  csv: string;
  setCsv: (csv: string) => void;
  setPlan: (plan: AreaImportPlan | null) => void;
  setProblems: (problems: readonly FormProblem[]) => void;
  setDone: (done: string | null) => void;
  setBusy: (busy: boolean) => void;
  reload: () => void;
}

export function useAreaActions(state: AreasState) {
  const [, createArea] = useMutation(CreateAreaMutation);
  const [, createGroup] = useMutation(CreateComparisonGroupMutation);
  const [, setRetired] = useMutation(SetAreaRetiredMutation);
  const [, setGroupRetired] = useMutation(SetComparisonGroupRetiredMutation);
  const [, updateArea] = useMutation(UpdateAreaMutation);
  const [, preview] = useMutation(PreviewAreaImportMutation);
  const [, importAreas] = useMutation(ImportAreasMutation);
  const { area, setArea, editing, setEditing, group, setGroup, confirming, setConfirming } = state;
  const { csv, setCsv, setPlan, setProblems, setDone, setBusy, reload } = state;

  const onCreateArea = async (event: FormEvent) => {
    event.preventDefault();
    const found: FormProblem[] = [];
    if (!area.code.trim()) found.push({ field: 'area-code', message: 'Enter the area’s code' });
    if (!area.name.trim()) found.push({ field: 'area-name', message: 'Enter the area’s name' });
    if (!area.region.trim()) found.push({ field: 'area-region', message: 'Enter the area’s region' });
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    const fields = {
      code: area.code.trim(),
      name: area.name.trim(),
      region: area.region.trim(),
      size: area.size.trim() || null,
      density: area.density.trim() || null,
      comparisonGroupId: area.group || null,
    };
    const outcome = editing
      ? (await updateArea({ input: { areaId: editing, ...fields } })).data?.updateArea
      : (await createArea({ input: fields })).data?.createArea;
    setBusy(false);
    if (outcome?.__typename === 'MutationCreateAreaSuccess' || outcome?.__typename === 'MutationUpdateAreaSuccess') {
      setDone(`${outcome.data.name} (${outcome.data.code}) is ${editing ? 'changed' : 'added'}.`);
      setArea(EMPTY_AREA);
      setEditing(null);
      reload();
    } else if (outcome?.__typename === 'InvalidInputError' && outcome.problems.length > 0)
      setProblems(outcome.problems.map((p) => ({ field: AREA_FIELDS[p.path] ?? 'area-code', message: p.message })));
    else setProblems([{ field: 'area-code', message: messageOf(outcome) }]);
  };

  const onCreateGroup = async (event: FormEvent) => {
    event.preventDefault();
    const found: FormProblem[] = [];
    if (!group.key.trim()) found.push({ field: 'group-key', message: 'Enter a short key for the group' });
    if (!group.name.trim()) found.push({ field: 'group-name', message: 'Enter the group’s name' });
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    const res = await createGroup({
      input: { key: group.key.trim(), name: group.name.trim(), description: group.description.trim() },
    });
    setBusy(false);
    const outcome = res.data?.createComparisonGroup;
    if (outcome?.__typename === 'MutationCreateComparisonGroupSuccess') {
      setDone(`The comparison group ${outcome.data.name} is added.`);
      setGroup(EMPTY_GROUP);
      reload();
    } else
      setProblems([
        {
          field:
            outcome?.__typename === 'InvalidInputError' && outcome.problems[0]?.path === 'name'
              ? 'group-name'
              : 'group-key',
          message: messageOf(outcome),
        },
      ]);
  };

  const onRetire = async () => {
    if (!confirming) return;
    setBusy(true);
    const outcome =
      confirming.kind === 'area'
        ? (await setRetired({ input: { areaId: confirming.id, retired: true } })).data?.setAreaRetired
        : (await setGroupRetired({ input: { comparisonGroupId: confirming.id, retired: true } })).data
            ?.setComparisonGroupRetired;
    setBusy(false);
    if (outcome?.__typename.endsWith('Success')) {
      setDone(
        confirming.kind === 'area'
          ? `${confirming.name} is retired. Its inspections and figures stay readable.`
          : `The comparison group ${confirming.name} is retired. Its areas keep their history.`,
      );
      setConfirming(null);
      reload();
    } else setProblems([{ field: 'retire-confirm', message: messageOf(outcome) }]);
  };

  const onRestoreArea = async (restored: { id: string; name: string }) => {
    const outcome = (await setRetired({ input: { areaId: restored.id, retired: false } })).data?.setAreaRetired;
    if (outcome?.__typename === 'MutationSetAreaRetiredSuccess') {
      setDone(`${restored.name} is restored: inspections can be planned for it again.`);
      reload();
    } else setProblems([{ field: 'area-code', message: messageOf(outcome) }]);
  };

  const onPreview = async (event: FormEvent) => {
    event.preventDefault();
    if (!csv.trim()) {
      setProblems([{ field: 'areas-csv', message: 'Choose a CSV file or paste its contents' }]);
      return;
    }
    setProblems([]);
    setBusy(true);
    const res = await preview({ input: { csv } });
    setBusy(false);
    const outcome = res.data?.previewAreaImport;
    if (outcome?.__typename === 'MutationPreviewAreaImportSuccess') setPlan(outcome.data);
    else setProblems([{ field: 'areas-csv', message: messageOf(outcome) }]);
  };

  const onImport = async () => {
    setBusy(true);
    const res = await importAreas({ input: { csv } });
    setBusy(false);
    const outcome = res.data?.importAreas;
    if (outcome?.__typename === 'MutationImportAreasSuccess') {
      const changed = outcome.data.rows.filter((row) => row.fate === 'CREATE' || row.fate === 'UPDATE').length;
      setDone(`The file is imported: ${changed} area${changed === 1 ? '' : 's'} added or updated.`);
      setPlan(null);
      setCsv('');
      reload();
    } else setProblems([{ field: 'areas-csv', message: messageOf(outcome) }]);
  };

  return { onCreateArea, onCreateGroup, onRetire, onRestoreArea, onPreview, onImport };
}
