// GOV.UK form controls in their form group: text, long text, radios and a select.
import type { ReactNode } from 'react';
import { describedBy, FormGroup } from './FormGroup.tsx';
import { Radios } from './choices.tsx';

export interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  value: string;
  onChange: (value: string) => void;
  /** Label classes, e.g. `govuk-label--s`. */
  labelClass?: string;
  /** More classes of the group, e.g. `govuk-!-margin-bottom-2`. */
  groupClass?: string;
  /** The control's name; its id unless given. */
  name?: string;
}

/** What every text control takes from its field: id and name, description, value and change. */
function controlProps({ id, name, hint, error, value, onChange }: FieldProps) {
  return {
    id,
    name: name ?? id,
    'aria-describedby': describedBy(id, hint, error),
    value,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
}

export function TextAreaField({
  rows = 5,
  spellCheck,
  required,
  onFocus,
  onBlur,
  ...field
}: FieldProps & {
  rows?: number;
  spellCheck?: boolean;
  required?: boolean;
  onFocus?: () => void;
  onBlur?: () => void;
}) {
  return (
    <FormGroup {...field}>
      <textarea
        className={`govuk-textarea${field.error ? ' govuk-textarea--error' : ''}`}
        rows={rows}
        spellCheck={spellCheck}
        required={required}
        aria-required={required ? true : undefined}
        onFocus={onFocus}
        onBlur={onBlur}
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
  maxLength,
  ...field
}: FieldProps & {
  type?: 'text' | 'date' | 'email' | 'password';
  /** A GOV.UK width class, e.g. `govuk-input--width-20`. */
  width?: string;
  autoComplete?: string;
  spellCheck?: boolean;
  autoFocus?: boolean;
  inputMode?: 'numeric' | 'text';
  maxLength?: number;
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
        maxLength={maxLength}
        {...controlProps(field)}
      />
    </FormGroup>
  );
}

/** Radios with a small legend, the first carrying the group's id. */
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
  return <Radios {...{ id, legend, hint, error, options, value, onChange, small }} />;
}

export function SelectField({
  id,
  name,
  label,
  labelClass,
  groupClass,
  hint,
  error,
  options,
  value,
  onChange,
}: {
  id: string;
  /** The control's name; its id unless given. */
  name?: string;
  label: ReactNode;
  labelClass?: string;
  groupClass?: string;
  hint?: ReactNode;
  error?: string | null;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <FormGroup {...{ id, label, labelClass, groupClass, hint, error }}>
      <Select
        id={id}
        name={name}
        describedBy={describedBy(id, hint, error)}
        invalid={Boolean(error)}
        options={options}
        value={value}
        onChange={onChange}
      />
    </FormGroup>
  );
}

/** A select alone, for a group that holds more than one control (its label is the caller's). */
export function Select({
  id,
  name,
  describedBy,
  invalid = false,
  options,
  value,
  onChange,
}: {
  id: string;
  /** The control's name; its id unless given. */
  name?: string;
  describedBy?: string | undefined;
  invalid?: boolean;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <select
      className={`govuk-select${invalid ? ' govuk-select--error' : ''}`}
      id={id}
      name={name ?? id}
      aria-describedby={describedBy}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
