// A text field as the area and comparison group forms use it: no spelling check, its error from the form's problems.
import { errorMessage, TextField as Field, type FormProblem } from '@scrutiny/ui';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problems: readonly FormProblem[];
  hint?: string;
  width?: string;
}

export function TextField({ problems, ...field }: TextFieldProps) {
  return <Field {...field} spellCheck={false} error={errorMessage(problems, field.id)} />;
}
