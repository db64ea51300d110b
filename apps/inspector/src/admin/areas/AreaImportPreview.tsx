// What an area CSV import will do, row by row (added, updated, unchanged, or its problems), with the button that
// imports it only when the file has no problem.
import { TableRegion } from '@scrutiny/ui';

const FATES: Record<string, { label: string; tag: string }> = {
  CREATE: { label: 'Will be added', tag: 'govuk-tag--green' },
  UPDATE: { label: 'Will be updated', tag: 'govuk-tag--blue' },
  UNCHANGED: { label: 'No change', tag: 'govuk-tag--grey' },
  ERROR: { label: 'Problem', tag: 'govuk-tag--red' },
};

export interface AreaImportPlan {
  fileProblems: readonly string[];
  rows: readonly { line: number; code: string; name: string | null; fate: string; problems: readonly string[] }[];
}

export function AreaImportPreview({ plan, busy, onImport }: { plan: AreaImportPlan; busy: boolean; onImport(): void }) {
  const importable = plan.fileProblems.length === 0 && plan.rows.every((row) => row.fate !== 'ERROR');
  return (
    <>
      <h3 className="govuk-heading-s">What the import will do</h3>
      {plan.fileProblems.length > 0 ? (
        <ul className="govuk-list govuk-list--bullet govuk-error-message">
          {plan.fileProblems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      {plan.rows.length > 0 ? (
        <TableRegion label="Import preview">
          <table className="govuk-table">
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                {['Line', 'Code', 'What happens', 'Problems'].map((heading) => (
                  <th scope="col" className="govuk-table__header" key={heading}>
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {plan.rows.map((row) => (
                <tr className="govuk-table__row" key={row.line}>
                  <td className="govuk-table__cell">{row.line}</td>
                  <td className="govuk-table__cell">{row.code || '–'}</td>
                  <td className="govuk-table__cell">
                    <strong className={`govuk-tag ${FATES[row.fate]?.tag ?? ''}`}>
                      {FATES[row.fate]?.label ?? row.fate}
                    </strong>
                  </td>
                  <td className="govuk-table__cell">{row.problems.join(' ') || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
      {importable ? (
        <button type="button" className="govuk-button" disabled={busy} onClick={onImport}>
          Import {plan.rows.length} row{plan.rows.length === 1 ? '' : 's'}
        </button>
      ) : (
        <p className="govuk-body">Correct the problems in the file and preview it again: nothing has been imported.</p>
      )}
    </>
  );
}
