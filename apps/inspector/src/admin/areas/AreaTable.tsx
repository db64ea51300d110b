// The areas, in a table: each changed (in the form below it), retired after a confirmation page, or restored.
import { TableRegion } from '@scrutiny/ui';

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
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {['Code', 'Name', 'Region', 'Size, density', 'Comparison group'].map((heading) => (
              <th scope="col" className="govuk-table__header" key={heading}>
                {heading}
              </th>
            ))}
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {props.areas.map((a) => (
            <tr className="govuk-table__row" key={a.id}>
              <td className="govuk-table__cell">{a.code}</td>
              <td className="govuk-table__cell">{a.name}</td>
              <td className="govuk-table__cell">{a.region}</td>
              <td className="govuk-table__cell">{[a.size, a.density].filter(Boolean).join(', ') || '–'}</td>
              <td className="govuk-table__cell">{a.comparisonGroup?.name ?? 'None'}</td>
              <td className="govuk-table__cell">
                {a.retired ? (
                  <>
                    <strong className="govuk-tag govuk-tag--grey govuk-!-margin-right-3">Retired</strong>
                    <button type="button" className="app-link-button govuk-link" onClick={() => props.onRestore(a)}>
                      Restore<span className="govuk-visually-hidden"> {a.name}</span>
                    </button>
                  </>
                ) : (
                  <>
                    <button
                      type="button"
                      className="app-link-button govuk-link govuk-!-margin-right-3"
                      onClick={() => props.onChange(a)}
                    >
                      Change<span className="govuk-visually-hidden"> {a.name}</span>
                    </button>
                    <button type="button" className="app-link-button govuk-link" onClick={() => props.onRetire(a)}>
                      Retire<span className="govuk-visually-hidden"> {a.name}</span>
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
