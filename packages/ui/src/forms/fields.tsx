// GOV.UK form controls in their form group: text, long text, radios and a select.
import type { ReactNode } from 'react';
import { describedBy, FormGroup, HintAndError } from './FormGroup.tsx';

export interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  value: string;
  onChange: (value: string) => void;
  /** Label classes, e.g. `govuk-label--s`. */
  labelClass?: string;
}

/** What every text control takes from its field: id and name, description, value and change. */
function controlProps({ id, hint, error, value, onChange }: FieldProps) {
  return {
    id,
    name: id,
    'aria-describedby': describedBy(id, hint, error),
    value,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
}

export function TextAreaField({ rows = 5, ...field }: FieldProps & { rows?: number }) {
  return (
    <FormGroup {...field}>
      <textarea
        className={`govuk-textarea${field.error ? ' govuk-textarea--error' : ''}`}
        rows={rows}
        {...controlProps(field)}
      />
    </FormGroup>
  );
}

export function TextField({
  type = 'text',
  width,
  autoComplete,
  spellCheck,
  autoFocus,
  inputMode,
  ...field
}: FieldProps & {
  type?: 'text' | 'date' | 'email' | 'password';
  /** A GOV.UK width class, e.g. `govuk-input--width-20`. */
  width?: string;
  autoComplete?: string;
  spellCheck?: boolean;
  autoFocus?: boolean;
  inputMode?: 'numeric' | 'text';
}) {
  return (
    <FormGroup {...field}>
      <input
        className={`govuk-input${width ? ` ${width}` : ''}${field.error ? ' govuk-input--error' : ''}`}
        type={type}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        autoFocus={autoFocus}
        inputMode={inputMode}
        {...controlProps(field)}
      />
    </FormGroup>
  );
}

export function RadiosField({
  id,
  legend,
  hint,
  error,
  options,
  value,
  onChange,
  small = false,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
  small?: boolean;
}) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className={`govuk-radios${small ? ' govuk-radios--small' : ''}`} data-module="govuk-radios">
          {options.map((option, i) => (
            <div className="govuk-radios__item" key={option.value}>
              <input
                className="govuk-radios__input"
                // The first radio carries the group's id, so the error summary's link lands on the group.
                id={i === 0 ? id : `${id}-${option.value}`}
                name={id}
                type="radio"
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={i === 0 ? id : `${id}-${option.value}`}>
                {option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

export function SelectField({
  id,
  label,
  hint,
  options,
  value,
  onChange,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <FormGroup id={id} label={label} hint={hint}>
      <select
        className="govuk-select"
        id={id}
        name={id}
        aria-describedby={hint ? `${id}-hint` : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
