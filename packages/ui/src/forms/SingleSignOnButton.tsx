// The start button of single sign-on: a link styled as GOV.UK's start button, to the API's start address with the
// page to come back to once the organisation's sign-in is done.
export interface SingleSignOnButtonProps {
  /** The organisation's sign-in as people know it, e.g. "HMI Probation account". */
  name: string;
  /** The API's address that starts the sign-in (`/auth/oidc/start`). */
  startUrl: string;
  /** The path to come back to after signing in. */
  returnTo: string;
}

export function SingleSignOnButton({ name, startUrl, returnTo }: SingleSignOnButtonProps) {
  return (
    <a
      href={`${startUrl}?returnTo=${encodeURIComponent(returnTo)}`}
      role="button"
      draggable="false"
      className="govuk-button govuk-button--start"
      data-module="govuk-button"
    >
      Sign in with {name}
    </a>
  );
}
