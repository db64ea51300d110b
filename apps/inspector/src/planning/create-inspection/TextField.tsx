// A text field of the create-an-inspection form, with its hint and error.
import { FieldError, hasError, type FormProblem } from '@scrutiny/ui';

export function TextField(props: {
  id: string;
  label: string;
  hint?: string;
  width?: string;
  numeric?: boolean;
  value: string;
  onChange: (value: string) => void;
  problems: readonly FormProblem[];
}) {
  const error = hasError(props.problems, props.id);
  const describedBy = [props.hint ? `${props.id}-hint` : '', error ? `${props.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={props.id}>
        {props.label}
      </label>
      {props.hint ? (
        <div className="govuk-hint" id={`${props.id}-hint`}>
          {props.hint}
        </div>
      ) : null}
      <FieldError problems={props.problems} field={props.id} />
      <input
        className={`govuk-input${props.width ? ` ${props.width}` : ''}${error ? ' govuk-input--error' : ''}`}
        id={props.id}
        type="text"
        inputMode={props.numeric ? 'numeric' : undefined}
        spellCheck={props.numeric ? false : undefined}
        aria-describedby={describedBy || undefined}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}
