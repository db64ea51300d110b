// A text field of the create-an-inspection form: a bold label, its error from the form's problems.
import { errorMessage, TextField as Field, type FormProblem } from '@scrutiny/ui';

export function TextField({
  problems,
  numeric,
  ...field
}: {
  id: string;
  label: string;
  hint?: string;
  width?: string;
  numeric?: boolean;
  value: string;
  onChange: (value: string) => void;
  problems: readonly FormProblem[];
}) {
  return (
    <Field
      {...field}
      labelClass="govuk-label--s"
      inputMode={numeric ? 'numeric' : undefined}
      spellCheck={numeric ? false : undefined}
      error={errorMessage(problems, field.id)}
    />
  );
}
