// Signing in: the API sets an HttpOnly session cookie; the app then reads who is signed in from `viewer`.
import {
  ErrorSummary,
  SignInForm,
  SingleSignOnButton,
  useSignInForm,
  type SignInCredentials,
  type SignInOutcome,
} from '@scrutiny/ui';
import { useEffect } from 'react';
import { useMutation, useQuery } from 'urql';
import { SignInMutation, SignInOptionsQuery } from '../documents.ts';

export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const [, signIn] = useMutation(SignInMutation);
  const [{ data: options, fetching: loadingOptions }] = useQuery({ query: SignInOptionsQuery });
  const singleSignOn = options?.signInOptions.singleSignOn ?? null;
  // With single sign-on on and passwords off, the password form is only for the break-glass administrator.
  const passwordsForEveryone = options?.signInOptions.passwordsForEveryone ?? true;

  const send = async (input: SignInCredentials): Promise<SignInOutcome> => {
    const outcome = (await signIn({ input })).data?.signIn;
    if (outcome?.__typename === 'MutationSignInSuccess') return { signedIn: true };
    if (outcome && 'message' in outcome)
      return { signedIn: false, message: outcome.message, codeNeeded: outcome.code === 'TWO_FACTOR_REQUIRED' };
    return { signedIn: false, message: 'Scrutiny cannot be reached. Check your connection and try again.' };
  };
  const form = useSignInForm(send, onSignedIn);
  const failed = form.problems.length > 0;

  useEffect(() => {
    document.title = `${failed ? 'Error: ' : ''}Sign in – Scrutiny`;
  }, [failed]);

  const passwordForm = <SignInForm form={form} emailAutoComplete="username" />;
  const optionsKnown = !(loadingOptions && !options);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={form.problems} />
        <h1 className="govuk-heading-l">Sign in</h1>
        {optionsKnown && singleSignOn ? (
          <>
            <p className="govuk-body">Sign in with your organisation’s account.</p>
            <SingleSignOnButton
              name={singleSignOn.name}
              startUrl={singleSignOn.startUrl}
              returnTo={window.location.pathname}
            />
          </>
        ) : null}
        {!optionsKnown ? null : singleSignOn && !passwordsForEveryone ? (
          <details className="govuk-details" open={failed}>
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">Break-glass administrator sign-in</span>
            </summary>
            <div className="govuk-details__text">{passwordForm}</div>
          </details>
        ) : (
          <>
            {singleSignOn ? <h2 className="govuk-heading-m">Or sign in with a password</h2> : null}
            {passwordForm}
          </>
        )}
      </div>
    </div>
  );
}
