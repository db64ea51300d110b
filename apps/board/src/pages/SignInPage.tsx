import { SignInPage as SignInPageOfUi, type SignInCredentials, type SignInOutcome } from '@scrutiny/ui';
import { useMutation, useQuery } from 'urql';
import { SignInMutation, SignInOptionsQuery } from '../queries.ts';
import '../govuk-styles/signed-in-pages.scss';

/** Until the options are known, the password form (the board's usual way in). */
const PASSWORDS = { singleSignOn: null, passwordsForEveryone: true };

export default function SignInPage() {
  const [, signIn] = useMutation(SignInMutation);
  const [{ data: options }] = useQuery({ query: SignInOptionsQuery });

  const send = async ({ email, password }: SignInCredentials): Promise<SignInOutcome> => {
    const payload = (await signIn({ input: { email, password } })).data?.signIn;
    if (payload?.__typename === 'MutationSignInSuccess') return { signedIn: true };
    return {
      signedIn: false,
      message: payload && 'message' in payload ? payload.message : 'Sign in failed. Try again.',
    };
  };

  return (
    <SignInPageOfUi
      options={options?.signInOptions ?? PASSWORDS}
      send={send}
      // A full load starts a fresh cache under the new session cookie.
      onSignedIn={() => window.location.assign('/area')}
      returnTo="/area"
      emailAutoComplete="email"
      intro={
        <p className="govuk-body">
          Board members sign in to follow their area’s inspections, scores and recommendations. Published reports need
          no sign in.
        </p>
      }
      // With passwords turned off, only a break-glass administrator keeps one, and signs in to the inspector app:
      // board members are offered single sign-on alone.
      breakGlassForm={false}
    />
  );
}
