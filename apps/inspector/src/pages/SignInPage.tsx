// Signing in: the API sets an HttpOnly session cookie; the app then reads who is signed in from `viewer`.
import { SignInPage as SignInPageOfUi, type SignInCredentials, type SignInOutcome } from '@scrutiny/ui';
import { useMutation, useQuery } from 'urql';
import { SignInMutation, SignInOptionsQuery } from '../documents.ts';

/** When the options cannot be read: the password form. */
const PASSWORDS = { singleSignOn: null, passwordsForEveryone: true };

export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const [, signIn] = useMutation(SignInMutation);
  const [{ data: options, fetching: loadingOptions }] = useQuery({ query: SignInOptionsQuery });
  const known = loadingOptions && !options ? undefined : (options?.signInOptions ?? PASSWORDS);

  const send = async (input: SignInCredentials): Promise<SignInOutcome> => {
    const outcome = (await signIn({ input })).data?.signIn;
    if (outcome?.__typename === 'MutationSignInSuccess') return { signedIn: true };
    if (outcome && 'message' in outcome)
      return { signedIn: false, message: outcome.message, codeNeeded: outcome.code === 'TWO_FACTOR_REQUIRED' };
    return { signedIn: false, message: 'Scrutiny cannot be reached. Check your connection and try again.' };
  };

  return (
    <SignInPageOfUi
      options={known}
      send={send}
      onSignedIn={onSignedIn}
      returnTo={window.location.pathname}
      emailAutoComplete="username"
      intro={known?.singleSignOn ? <p className="govuk-body">Sign in with your organisation’s account.</p> : null}
      // With single sign-on on and passwords off, the password form is only for the break-glass administrator.
      breakGlassForm
    />
  );
}
