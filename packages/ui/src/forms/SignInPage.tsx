// The sign-in page both apps show: the organisation's single sign-on when the deployment has one, and the password
// form for whoever keeps a password. Each app brings its own documents (how it asks the API), words and return path.
import type { ReactNode } from 'react';
import { ErrorSummary } from './ErrorSummary.tsx';
import { SignInForm, useSignInForm, type SignInCredentials, type SignInOutcome } from './SignInForm.tsx';
import { SingleSignOnButton } from './SingleSignOnButton.tsx';

/** How the deployment signs people in (the API's `signInOptions`). */
export interface SignInOptions {
  singleSignOn: { name: string; startUrl: string } | null;
  /** False when, with single sign-on on, only a break-glass administrator keeps a password. */
  passwordsForEveryone: boolean;
}

export interface SignInPageProps {
  /** Undefined while they are not known yet: the page then offers no way in. */
  options: SignInOptions | undefined;
  send: (credentials: SignInCredentials) => Promise<SignInOutcome>;
  onSignedIn: () => void;
  /** Where single sign-on comes back to. */
  returnTo: string;
  emailAutoComplete: 'email' | 'username';
  /** What the page says under its heading (above the single sign-on button when there is one). */
  intro: ReactNode;
  /**
   * With passwords only for the break-glass administrator: whether the password form is offered, folded away
   * (the inspector app, where that administrator signs in), or not at all (the board's app).
   */
  breakGlassForm: boolean;
}

export function SignInPage(props: SignInPageProps) {
  const { options, returnTo, intro } = props;
  const form = useSignInForm(props.send, props.onSignedIn);
  const failed = form.problems.length > 0;
  const singleSignOn = options?.singleSignOn ?? null;
  const passwordForm = <SignInForm form={form} emailAutoComplete={props.emailAutoComplete} />;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`${failed ? 'Error: ' : ''}Sign in – Scrutiny`}</title>
        <ErrorSummary problems={form.problems} />
        <h1 className="govuk-heading-l">Sign in</h1>
        {intro}
        {singleSignOn ? (
          <SingleSignOnButton name={singleSignOn.name} startUrl={singleSignOn.startUrl} returnTo={returnTo} />
        ) : null}
        {!options ? null : singleSignOn && !options.passwordsForEveryone ? (
          props.breakGlassForm ? (
            <details className="govuk-details" open={failed}>
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">Break-glass administrator sign-in</span>
              </summary>
              <div className="govuk-details__text">{passwordForm}</div>
            </details>
          ) : null
        ) : (
          <>
            {singleSignOn && props.breakGlassForm ? (
              <h2 className="govuk-heading-m">Or sign in with a password</h2>
            ) : null}
            {passwordForm}
          </>
        )}
      </div>
    </div>
  );
}
