// GOV.UK's form group around a fieldset: a legend (the page's heading or not), hint and error message, with the
// fieldset described by them, for the controls that share one question (radios, checkboxes, a date).
import type { FocusEvent, ReactNode } from 'react';
import { HintAndError } from './FormGroup.tsx';

export interface FieldsetGroupProps {
  /** The id the hint and error message take theirs from (`<id>-hint`, `<id>-error`). */
  id: string;
  legend: ReactNode;
  /** The legend's size; `null` for body text. */
  legendSize?: 's' | 'm' | 'l' | 'xl' | null;
  /** The legend is the page's heading: it holds the page's `<h1>`. */
  pageHeading?: boolean;
  hint?: ReactNode;
  error?: string | null;
  /**
   * The group is in error though its message stands by a control inside it (a conditional reveal's): the
   * group is marked, the fieldset not described by a message of its own.
   */
  inError?: boolean;
  /** More ids describing the fieldset (hints the group renders itself), between the hint's and the error's. */
  describedBy?: string;
  /** The fieldset's own id, where something (an error summary's link, a test) points at the whole group. */
  fieldsetId?: string;
  /** GOV.UK's `role="group"` for a fieldset of text boxes (the date input). */
  role?: 'group';
  disabled?: boolean;
  onBlur?: (event: FocusEvent<HTMLFieldSetElement>) => void;
  /** More classes of the form group, e.g. `govuk-!-margin-bottom-3`. */
  className?: string;
  children: ReactNode;
}

export function FieldsetGroup({
  id,
  legend,
  legendSize = 's',
  pageHeading = false,
  hint,
  error,
  inError = false,
  describedBy,
  fieldsetId,
  role,
  disabled,
  onBlur,
  className,
  children,
}: FieldsetGroupProps) {
  const ids = [hint ? `${id}-hint` : null, describedBy || null, error ? `${id}-error` : null].filter(Boolean);
  const legendClass = `govuk-fieldset__legend${legendSize ? ` govuk-fieldset__legend--${legendSize}` : ''}`;
  return (
    <div className={groupClass(Boolean(error) || inError, className)}>
      <fieldset
        className="govuk-fieldset"
        id={fieldsetId}
        role={role}
        aria-describedby={ids.length ? ids.join(' ') : undefined}
        disabled={disabled}
        onBlur={onBlur}
      >
        <legend className={legendClass}>
          {pageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
        <HintAndError id={id} hint={hint} error={error} />
        {children}
      </fieldset>
    </div>
  );
}

/** A form group's classes: in error or not, and any of its own. */
export function groupClass(inError: boolean, className?: string): string {
  return `govuk-form-group${inError ? ' govuk-form-group--error' : ''}${className ? ` ${className}` : ''}`;
}
