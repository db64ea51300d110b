// A form's buttons: GOV.UK's submit button (disabled while the form is being sent), alone or in a button group with
// a way back (a cancel button, or a link the caller gives).
import type { ReactNode } from 'react';

export interface SubmitButtonProps {
  children: ReactNode;
  /** The form is being sent: the button waits. */
  busy?: boolean;
  /** A secondary action, or one that destroys something. */
  variant?: 'secondary' | 'warning';
  /** More classes, e.g. `govuk-!-margin-bottom-0`. */
  className?: string;
}

export function SubmitButton({ children, busy, variant, className }: SubmitButtonProps) {
  const classes = ['govuk-button', variant ? `govuk-button--${variant}` : '', className ?? ''];
  return (
    <button type="submit" className={classes.filter(Boolean).join(' ')} disabled={busy}>
      {children}
    </button>
  );
}

/** The submit button and, beside it, a cancel button (when `onCancel` is given) or whatever else the form offers. */
export function FormButtons({
  submit,
  busy,
  variant,
  onCancel,
  children,
}: {
  submit: ReactNode;
  busy?: boolean;
  variant?: 'secondary' | 'warning';
  onCancel?: (() => void) | null;
  /** More in the group after the buttons, e.g. a link back. */
  children?: ReactNode;
}) {
  return (
    <div className="govuk-button-group">
      <SubmitButton busy={busy} variant={variant}>
        {submit}
      </SubmitButton>
      {onCancel ? (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
      {children}
    </div>
  );
}
