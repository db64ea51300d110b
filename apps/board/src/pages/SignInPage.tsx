import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { SignInMutation, SignInOptionsQuery } from '../queries.ts';

export default function SignInPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [state, signIn] = useMutation(SignInMutation);
  const [{ data: options }] = useQuery({ query: SignInOptionsQuery });
  const singleSignOn = options?.signInOptions.singleSignOn ?? null;
  // With passwords turned off, only a break-glass administrator keeps one, and signs in to the inspector app: board
  // members are offered single sign-on alone.
  const passwordForm = !singleSignOn || (options?.signInOptions.passwordsForEveryone ?? true);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (email.trim() === '' || password === '') {
      setProblem('Enter your email address and password');
      return;
    }
    const result = await signIn({ email: email.trim(), password });
    const payload = result.data?.signIn;
    if (payload?.__typename === 'MutationSignInSuccess') {
      // A full load starts a fresh cache under the new session cookie.
      window.location.assign('/area');
      return;
    }
    setProblem(payload && 'message' in payload ? payload.message : 'Sign in failed. Try again.');
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`${problem ? 'Error: ' : ''}Sign in – Scrutiny`}</title>
        {problem ? (
          <div className="govuk-error-summary" role="alert" tabIndex={-1}>
            <h2 className="govuk-error-summary__title">There is a problem</h2>
            <div className="govuk-error-summary__body">
              <ul className="govuk-list govuk-error-summary__list">
                <li>
                  <a href="#email">{problem}</a>
                </li>
              </ul>
            </div>
          </div>
        ) : null}
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">
          Board members sign in to follow their area’s inspections, scores and recommendations. Published reports need
          no sign in.
        </p>
        {singleSignOn ? (
          <a
            href={`${singleSignOn.startUrl}?returnTo=%2Farea`}
            role="button"
            draggable="false"
            className="govuk-button govuk-button--start"
            data-module="govuk-button"
          >
            Sign in with {singleSignOn.name}
          </a>
        ) : null}
        {passwordForm ? (
          <form onSubmit={onSubmit} noValidate>
            <div className={`govuk-form-group${problem ? ' govuk-form-group--error' : ''}`}>
              <label className="govuk-label" htmlFor="email">
                Email address
              </label>
              {problem ? (
                <p id="email-error" className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {problem}
                </p>
              ) : null}
              <input
                className={`govuk-input${problem ? ' govuk-input--error' : ''}`}
                id="email"
                name="email"
                type="email"
                autoComplete="email"
                spellCheck={false}
                aria-describedby={problem ? 'email-error' : undefined}
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            </div>
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="password">
                Password
              </label>
              <input
                className="govuk-input"
                id="password"
                name="password"
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            </div>
            <button type="submit" className="govuk-button" disabled={state.fetching}>
              Sign in
            </button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
