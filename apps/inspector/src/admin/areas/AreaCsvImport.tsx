// Importing areas from a CSV file: choose or paste it, preview what each row will do, then apply.
import type { FormEvent } from 'react';
import { FieldError, hasError, type FormProblem } from '@scrutiny/ui';
import { AreaImportPreview, type AreaImportPlan } from './AreaImportPreview.tsx';

export function AreaCsvImport({
  csv,
  onCsv,
  plan,
  problems,
  busy,
  onPreview,
  onImport,
}: {
  csv: string;
  /** A new text for the file: any preview of the old one is dropped. */
  onCsv: (csv: string) => void;
  plan: AreaImportPlan | null;
  problems: readonly FormProblem[];
  busy: boolean;
  onPreview: (event: FormEvent) => void;
  onImport: () => void;
}) {
  return (
    <>
      <h2 className="govuk-heading-m">Import areas from a CSV file</h2>
      <p className="govuk-body">
        Columns: code, name, region, size, density, comparison_group (a group’s key). A known code updates its area; a
        new code adds one. You see what each row will do before anything changes.
      </p>
      <form onSubmit={onPreview} noValidate>
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
              if (file) void file.text().then(onCsv);
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
            onChange={(e) => onCsv(e.target.value)}
          />
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={busy}>
          Preview the import
        </button>
      </form>
      {plan ? <AreaImportPreview plan={plan} busy={busy} onImport={onImport} /> : null}
    </>
  );
}
