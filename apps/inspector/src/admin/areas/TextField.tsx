// A GOV.UK text input with its label, hint and error, as the area and comparison group forms use it.
import { FieldError, hasError, type FormProblem } from '@scrutiny/ui';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problems: readonly FormProblem[];
  hint?: string;
  width?: string;
}

export function TextField({ id, label, value, onChange, problems, hint, width = '' }: TextFieldProps) {
  const error = hasError(problems, id);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <FieldError problems={problems} field={id} />
      <input
        className={`govuk-input ${width}${error ? ' govuk-input--error' : ''}`}
        id={id}
        name={id}
        type="text"
        spellCheck={false}
        aria-describedby={describedBy || undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
