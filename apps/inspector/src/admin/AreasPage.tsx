// Areas and comparison groups (administrators only): the list, adding one of each, retiring an area or a group after
// a confirmation (areas/RetireConfirmation.tsx; their inspections and figures stay readable) and restoring it,
// renaming a group (areas/ComparisonGroupList.tsx), and a CSV import previewed row by row before it applies
// (areas/AreaCsvImport.tsx). The actions are in areas/use-area-actions.ts.
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { ErrorSummary, type FormProblem } from '@scrutiny/ui';
import { AreasAdminQuery } from './setup-documents.ts';
import { AreaTable } from './areas/AreaTable.tsx';
import type { AreaImportPlan } from './areas/AreaImportPreview.tsx';
import { ComparisonGroupList } from './areas/ComparisonGroupList.tsx';
import { RetireConfirmation, type Retiring } from './areas/RetireConfirmation.tsx';
import { AreasBanner } from './areas/AreasBanner.tsx';
import { AreaForm } from './areas/AreaForm.tsx';
import { GroupForm } from './areas/GroupForm.tsx';
import { AreaCsvImport } from './areas/AreaCsvImport.tsx';
import { EMPTY_AREA, EMPTY_GROUP, type AreaFormState, type GroupFormState } from './areas/area-forms.ts';
import { useAreaActions } from './areas/use-area-actions.ts';

export function AreasPage({ viewer }: { viewer: { role: string } }) {
  const [result, refetch] = useQuery({ query: AreasAdminQuery, requestPolicy: 'cache-and-network' });
  // The area being changed: the form above the list then saves it instead of adding one.
  const [editing, setEditing] = useState<string | null>(null);
  const [area, setArea] = useState<AreaFormState>(EMPTY_AREA);
  const [group, setGroup] = useState<GroupFormState>(EMPTY_GROUP);
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<Retiring | null>(null);
  const [csv, setCsv] = useState('');
  const [plan, setPlan] = useState<AreaImportPlan | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const actions = useAreaActions({
    area,
    setArea,
    editing,
    setEditing,
    group,
    setGroup,
    confirming,
    setConfirming,
    csv,
    setCsv,
    setPlan,
    setProblems,
    setDone,
    setBusy,
    reload,
  });

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

  if (confirming)
    return (
      <RetireConfirmation
        retiring={confirming}
        problems={problems}
        busy={busy}
        onRetire={() => void actions.onRetire()}
        onCancel={() => {
          setProblems([]);
          setConfirming(null);
        }}
      />
    );

  const areas = result.data?.areas ?? [];
  const groups = result.data?.comparisonGroups ?? [];
  const startAgain = (retiring?: Retiring) => {
    setDone(null);
    setProblems([]);
    if (retiring) setConfirming(retiring);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <ErrorSummary problems={problems} />
        <AreasBanner text={done} />
        <h1 className="govuk-heading-l">Areas and comparison groups</h1>

        <h2 className="govuk-heading-m">Areas</h2>
        <AreaTable
          areas={areas}
          onChange={(a) => {
            startAgain();
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
          onRetire={(a) => startAgain({ kind: 'area', id: a.id, name: a.name })}
          onRestore={(a) => void actions.onRestoreArea(a)}
        />
        <AreaForm
          area={area}
          setArea={setArea}
          editing={editing}
          groups={groups}
          problems={problems}
          busy={busy}
          onSubmit={(e) => void actions.onCreateArea(e)}
          onCancel={() => {
            setEditing(null);
            setArea(EMPTY_AREA);
          }}
        />

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
          onRetire={(g) => startAgain({ kind: 'group', id: g.id, name: g.name })}
        />
        <GroupForm
          group={group}
          setGroup={setGroup}
          problems={problems}
          busy={busy}
          onSubmit={(e) => void actions.onCreateGroup(e)}
        />

        <AreaCsvImport
          csv={csv}
          onCsv={(text) => {
            setCsv(text);
            setPlan(null);
          }}
          plan={plan}
          problems={problems}
          busy={busy}
          onPreview={(e) => void actions.onPreview(e)}
          onImport={() => void actions.onImport()}
        />
      </div>
    </div>
  );
}
