// What an area CSV import will do, row by row (added, updated, unchanged, or its problems), with the button that
// imports it only when the file has no problem.
import { Table } from '@scrutiny/ui';

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
        <Table
          caption={{ text: 'Import preview', size: 'hidden' }}
          rows={plan.rows}
          rowKey={(row) => row.line}
          columns={[
            { header: 'Line', cell: (row) => row.line },
            { header: 'Code', cell: (row) => row.code || '–' },
            {
              header: 'What happens',
              cell: (row) => (
                <strong className={`govuk-tag ${FATES[row.fate]?.tag ?? ''}`}>
                  {FATES[row.fate]?.label ?? row.fate}
                </strong>
              ),
            },
            { header: 'Problems', cell: (row) => row.problems.join(' ') || '–' },
          ]}
        />
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
