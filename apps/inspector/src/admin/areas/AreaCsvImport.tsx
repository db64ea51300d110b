// Importing areas from a CSV file: choose or paste it, preview what each row will do, then apply.
import type { FormEvent } from 'react';
import { errorMessage, FormGroup, TextAreaField, type FormProblem, SubmitButton } from '@scrutiny/ui';
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
        <FormGroup id="areas-file" label="CSV file">
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
        </FormGroup>
        <TextAreaField
          id="areas-csv"
          label="Or paste the CSV"
          spellCheck={false}
          error={errorMessage(problems, 'areas-csv')}
          value={csv}
          onChange={onCsv}
        />
        <SubmitButton busy={busy} variant="secondary">
          Preview the import
        </SubmitButton>
      </form>
      {plan ? <AreaImportPreview plan={plan} busy={busy} onImport={onImport} /> : null}
    </>
  );
}
