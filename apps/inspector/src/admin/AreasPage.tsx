// Areas and comparison groups (administrators only): the list, adding one of each, retiring an area or a group after
// a confirmation (areas/RetireConfirmation.tsx; their inspections and figures stay readable) and restoring it,
// renaming a group (areas/ComparisonGroupList.tsx), and a CSV import previewed row by row before it applies.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorSummary, FieldError, hasError, type FormProblem } from '@scrutiny/ui';
import {
  AreasAdminQuery,
  CreateAreaMutation,
  CreateComparisonGroupMutation,
  ImportAreasMutation,
  PreviewAreaImportMutation,
  SetAreaRetiredMutation,
  SetComparisonGroupRetiredMutation,
  UpdateAreaMutation,
} from './setup-documents.ts';
import { TextField } from './areas/TextField.tsx';
import { AreaTable } from './areas/AreaTable.tsx';
import { AreaImportPreview, type AreaImportPlan } from './areas/AreaImportPreview.tsx';
import { ComparisonGroupList } from './areas/ComparisonGroupList.tsx';
import { RetireConfirmation, type Retiring } from './areas/RetireConfirmation.tsx';

function Banner({ text }: { text: string | null }) {
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (text) banner.current?.focus();
  }, [text]);
  if (!text) return null;
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="areas-banner-title"
      ref={banner}
      tabIndex={-1}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="areas-banner-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{text}</p>
      </div>
    </div>
  );
}

const AREA_FIELDS: Record<string, string> = {
  code: 'area-code',
  name: 'area-name',
  region: 'area-region',
  size: 'area-size',
  density: 'area-density',
};

export function AreasPage({ viewer }: { viewer: { role: string } }) {
  const [result, refetch] = useQuery({ query: AreasAdminQuery, requestPolicy: 'cache-and-network' });
  const [, createArea] = useMutation(CreateAreaMutation);
  const [, createGroup] = useMutation(CreateComparisonGroupMutation);
  const [, setRetired] = useMutation(SetAreaRetiredMutation);
  const [, setGroupRetired] = useMutation(SetComparisonGroupRetiredMutation);
  const [, updateArea] = useMutation(UpdateAreaMutation);
  // The area being changed: the form above the list then saves it instead of adding one.
  const [editing, setEditing] = useState<string | null>(null);
  const [, preview] = useMutation(PreviewAreaImportMutation);
  const [, importAreas] = useMutation(ImportAreasMutation);
  const [area, setArea] = useState({ code: '', name: '', region: '', size: '', density: '', group: '' });
  const [group, setGroup] = useState({ key: '', name: '', description: '' });
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<Retiring | null>(null);
  const [csv, setCsv] = useState('');
  const [plan, setPlan] = useState<AreaImportPlan | null>(null);

  useEffect(() => {
    document.title = `${problems.length ? 'Error: ' : ''}Areas and comparison groups – Scrutiny`;
  }, [problems.length]);

  if (viewer.role !== 'ADMINISTRATOR')
    return (
      <>
        <h1 className="govuk-heading-l">Areas and comparison groups</h1>
        <p className="govuk-body">Only administrators manage areas.</p>
      </>
    );

  const reload = () => refetch({ requestPolicy: 'network-only' });
  const messageOf = (outcome: unknown) =>
    outcome && typeof outcome === 'object' && 'message' in outcome
      ? String(outcome.message)
      : 'Scrutiny cannot be reached. Try again.';

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
      setArea({ code: '', name: '', region: '', size: '', density: '', group: '' });
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
      setGroup({ key: '', name: '', description: '' });
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

  if (confirming)
    return (
      <RetireConfirmation
        retiring={confirming}
        problems={problems}
        busy={busy}
        onRetire={() => void onRetire()}
        onCancel={() => {
          setProblems([]);
          setConfirming(null);
        }}
      />
    );

  const areas = result.data?.areas ?? [];
  const groups = result.data?.comparisonGroups ?? [];

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <ErrorSummary problems={problems} />
        <Banner text={done} />
        <h1 className="govuk-heading-l">Areas and comparison groups</h1>

        <h2 className="govuk-heading-m">Areas</h2>
        <AreaTable
          areas={areas}
          onChange={(a) => {
            setDone(null);
            setProblems([]);
            setEditing(a.id);
            setArea({
              code: a.code,
              name: a.name,
              region: a.region,
              size: a.size ?? '',
              density: a.density ?? '',
              group: a.comparisonGroup?.id ?? '',
            });
            document.getElementById('area-code')?.focus();
          }}
          onRetire={(a) => {
            setDone(null);
            setProblems([]);
            setConfirming({ kind: 'area', id: a.id, name: a.name });
          }}
          onRestore={(a) => void onRestoreArea(a)}
        />

        <form onSubmit={(e) => void onCreateArea(e)} noValidate>
          <h3 className="govuk-heading-s">{editing ? `Change ${area.name || 'the area'}` : 'Add an area'}</h3>
          <TextField
            id="area-code"
            label="Code"
            hint="Capital letters, digits or hyphens, e.g. WMPA. Each area has its own."
            width="govuk-input--width-10"
            value={area.code}
            onChange={(code) => setArea({ ...area, code })}
            problems={problems}
          />
          <TextField
            id="area-name"
            label="Name"
            value={area.name}
            onChange={(name) => setArea({ ...area, name })}
            problems={problems}
          />
          <TextField
            id="area-region"
            label="Region"
            value={area.region}
            onChange={(region) => setArea({ ...area, region })}
            problems={problems}
          />
          <TextField
            id="area-size"
            label="Size (optional)"
            hint="The size band you group areas by, e.g. large."
            width="govuk-input--width-20"
            value={area.size}
            onChange={(size) => setArea({ ...area, size })}
            problems={problems}
          />
          <TextField
            id="area-density"
            label="Population density (optional)"
            hint="e.g. urban, mixed, rural."
            width="govuk-input--width-20"
            value={area.density}
            onChange={(density) => setArea({ ...area, density })}
            problems={problems}
          />
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="area-group">
              Comparison group
            </label>
            <select
              className="govuk-select"
              id="area-group"
              name="area-group"
              value={area.group}
              onChange={(e) => setArea({ ...area, group: e.target.value })}
            >
              <option value="">None</option>
              {groups
                .filter((g) => !g.retired)
                .map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
            </select>
          </div>
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" disabled={busy}>
              {editing ? 'Save changes' : 'Add area'}
            </button>
            {editing ? (
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => {
                  setEditing(null);
                  setArea({ code: '', name: '', region: '', size: '', density: '', group: '' });
                }}
              >
                Cancel
              </button>
            ) : null}
          </div>
        </form>

        <h2 className="govuk-heading-m">Comparison groups</h2>
        <ComparisonGroupList
          groups={groups}
          problems={problems}
          onProblems={(found) => {
            setDone(null);
            setProblems(found);
          }}
          onDone={(message) => {
            setProblems([]);
            setDone(message);
            reload();
          }}
          onRetire={(g) => {
            setDone(null);
            setProblems([]);
            setConfirming({ kind: 'group', id: g.id, name: g.name });
          }}
        />
        <form onSubmit={(e) => void onCreateGroup(e)} noValidate>
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
          <button type="submit" className="govuk-button" disabled={busy}>
            Add comparison group
          </button>
        </form>

        <h2 className="govuk-heading-m">Import areas from a CSV file</h2>
        <p className="govuk-body">
          Columns: code, name, region, size, density, comparison_group (a group’s key). A known code updates its area; a
          new code adds one. You see what each row will do before anything changes.
        </p>
        <form onSubmit={(e) => void onPreview(e)} noValidate>
          <div className={`govuk-form-group${hasError(problems, 'areas-csv') ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label" htmlFor="areas-file">
              CSV file
            </label>
            <input
              className="govuk-file-upload"
              id="areas-file"
              name="areas-file"
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void file.text().then((text) => (setCsv(text), setPlan(null)));
              }}
            />
          </div>
          <div className={`govuk-form-group${hasError(problems, 'areas-csv') ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label" htmlFor="areas-csv">
              Or paste the CSV
            </label>
            <FieldError problems={problems} field="areas-csv" />
            <textarea
              className="govuk-textarea"
              id="areas-csv"
              name="areas-csv"
              rows={5}
              spellCheck={false}
              aria-describedby={hasError(problems, 'areas-csv') ? 'areas-csv-error' : undefined}
              value={csv}
              onChange={(e) => {
                setCsv(e.target.value);
                setPlan(null);
              }}
            />
          </div>
          <button type="submit" className="govuk-button govuk-button--secondary" disabled={busy}>
            Preview the import
          </button>
        </form>
        {plan ? <AreaImportPreview plan={plan} busy={busy} onImport={() => void onImport()} /> : null}
      </div>
    </div>
  );
}
