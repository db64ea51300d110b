// The areas, in a table: each changed (in the form below it), retired after a confirmation page, or restored.
import { TableRegion } from '@scrutiny/ui';
import { RetirableActions, RetirableTableHead } from './RetirableRow.tsx';

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
    <TableRegion label="Areas">
      <table className="govuk-table">
        <RetirableTableHead headings={['Code', 'Name', 'Region', 'Size, density', 'Comparison group']} />
        <tbody className="govuk-table__body">
          {props.areas.map((a) => (
            <tr className="govuk-table__row" key={a.id}>
              <td className="govuk-table__cell">{a.code}</td>
              <td className="govuk-table__cell">{a.name}</td>
              <td className="govuk-table__cell">{a.region}</td>
              <td className="govuk-table__cell">{[a.size, a.density].filter(Boolean).join(', ') || '–'}</td>
              <td className="govuk-table__cell">{a.comparisonGroup?.name ?? 'None'}</td>
              <RetirableActions
                name={a.name}
                retired={a.retired}
                changeLabel="Change"
                onChange={() => props.onChange(a)}
                onRetire={() => props.onRetire(a)}
                onRestore={() => props.onRestore(a)}
              />
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
