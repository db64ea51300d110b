// The areas, in a table: each changed (in the form below it), retired after a confirmation page, or restored.
import { Table } from '@scrutiny/ui';
import { retirableActionsColumn } from './RetirableActions.tsx';

export interface AreaRow {
  id: string;
  code: string;
  name: string;
  region: string;
  size: string | null;
  density: string | null;
  retired: boolean;
  comparisonGroup: { id: string; name: string } | null;
}

export function AreaTable(props: {
  areas: readonly AreaRow[];
  onChange: (area: AreaRow) => void;
  onRetire: (area: AreaRow) => void;
  onRestore: (area: AreaRow) => void;
}) {
  if (props.areas.length === 0) return <p className="govuk-body">There are no areas yet.</p>;
  return (
    <Table
      caption={{ text: 'Areas', size: 'hidden' }}
      rows={props.areas}
      columns={[
        { header: 'Code', cell: (a) => a.code },
        { header: 'Name', cell: (a) => a.name },
        { header: 'Region', cell: (a) => a.region },
        { header: 'Size, density', cell: (a) => [a.size, a.density].filter(Boolean).join(', ') || '–' },
        { header: 'Comparison group', cell: (a) => a.comparisonGroup?.name ?? 'None' },
        retirableActionsColumn<AreaRow>({
          changeLabel: 'Change',
          onChange: props.onChange,
          onRetire: props.onRetire,
          onRestore: props.onRestore,
        }),
      ]}
    />
  );
}
