// GOV.UK's form group: a control's label, hint and error message, wired up for assistive technology.
import type { ReactNode } from 'react';

export interface FormGroupProps {
  /** The control's id: the label points to it, and the hint and error take their ids from it. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** Label classes, e.g. `govuk-label--s`. */
  labelClass?: string;
  /** More classes of the group, e.g. `govuk-!-margin-bottom-2`. */
  groupClass?: string;
  /** The control itself, with `aria-describedby={describedBy(id, hint, error)}`. */
  children: ReactNode;
}

export function FormGroup({ id, label, hint, error, labelClass, groupClass, children }: FormGroupProps) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}${groupClass ? ` ${groupClass}` : ''}`}>
      <label className={labelClass ? `govuk-label ${labelClass}` : 'govuk-label'} htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

/** The ids of the hint and error message a control is described by, or nothing. */
export function describedBy(id: string, hint: ReactNode, error: string | null | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A control's hint and error message, for a group whose label is not a `<label>` (e.g. a fieldset's legend). */
export function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string | null }) {
  return (
    <>
      {hint ? (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="govuk-error-message" id={`${id}-error`}>
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
    </>
  );
}
