// The form that checks a framework file: the file chosen is read in the browser, and nothing is stored until the
// framework is published.
import type { FormEvent } from 'react';
import { FormGroup, SubmitButton } from '@scrutiny/ui';

const HINT = 'A workbook (.xlsx) or a YAML or JSON file. Nothing is stored until you publish it.';

export function FrameworkFileForm({
  busy,
  onChoose,
  onCheck,
}: {
  busy: boolean;
  onChoose: (file: File | undefined) => void;
  onCheck: (event: FormEvent) => Promise<void>;
}) {
  return (
    <form onSubmit={(event) => void onCheck(event)} noValidate>
      <FormGroup id="framework-file" label="Check a framework file" labelClass="govuk-label--m" hint={HINT}>
        <input
          className="govuk-file-upload"
          id="framework-file"
          type="file"
          accept=".xlsx,.yaml,.yml,.json"
          aria-describedby="framework-file-hint"
          onChange={(event) => onChoose(event.target.files?.[0])}
        />
      </FormGroup>
      <SubmitButton busy={busy}>Check the file</SubmitButton>
    </form>
  );
}
