import {
  ErrorSummary,
  SignInForm,
  SingleSignOnButton,
  useSignInForm,
  type SignInCredentials,
  type SignInOutcome,
} from '@scrutiny/ui';
import { useMutation, useQuery } from 'urql';
import { SignInMutation, SignInOptionsQuery } from '../queries.ts';
import '../govuk-styles/signed-in-pages.scss';

export default function SignInPage() {
  const [, signIn] = useMutation(SignInMutation);
  const [{ data: options }] = useQuery({ query: SignInOptionsQuery });
  const singleSignOn = options?.signInOptions.singleSignOn ?? null;
  // With passwords turned off, only a break-glass administrator keeps one, and signs in to the inspector app: board
  // members are offered single sign-on alone.
  const passwordForm = !singleSignOn || (options?.signInOptions.passwordsForEveryone ?? true);

  const send = async ({ email, password }: SignInCredentials): Promise<SignInOutcome> => {
    const payload = (await signIn({ input: { email, password } })).data?.signIn;
    if (payload?.__typename === 'MutationSignInSuccess') return { signedIn: true };
    return {
      signedIn: false,
      message: payload && 'message' in payload ? payload.message : 'Sign in failed. Try again.',
    };
  };
  // A full load starts a fresh cache under the new session cookie.
  const form = useSignInForm(send, () => window.location.assign('/area'));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`${form.problems.length > 0 ? 'Error: ' : ''}Sign in – Scrutiny`}</title>
        <ErrorSummary problems={form.problems} />
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">
          Board members sign in to follow their area’s inspections, scores and recommendations. Published reports need
          no sign in.
        </p>
        {singleSignOn ? (
          <SingleSignOnButton name={singleSignOn.name} startUrl={singleSignOn.startUrl} returnTo="/area" />
        ) : null}
        {passwordForm ? <SignInForm form={form} emailAutoComplete="email" /> : null}
      </div>
    </div>
  );
}
