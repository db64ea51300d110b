// Signing in: the API sets an HttpOnly session cookie; the app then reads who is signed in from `viewer`.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { SignInMutation, SignInOptionsQuery } from '../documents.ts';

export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const [, signIn] = useMutation(SignInMutation);
  const [{ data: options, fetching: loadingOptions }] = useQuery({ query: SignInOptionsQuery });
  const singleSignOn = options?.signInOptions.singleSignOn ?? null;
  // With single sign-on on and passwords off, the password form is only for the break-glass administrator.
  const passwordsForEveryone = options?.signInOptions.passwordsForEveryone ?? true;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Shown once the API asks for it: the account signs in with a second factor.
  const [askCode, setAskCode] = useState(false);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = `${error ? 'Error: ' : ''}Sign in – Scrutiny`;
    if (error) summary.current?.focus();
  }, [error]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError('Enter your email address and password');
      return;
    }
    setBusy(true);
    const result = await signIn({
      input: { email: email.trim(), password, ...(askCode && code.trim() ? { code: code.trim() } : {}) },
    });
    setBusy(false);
    const outcome = result.data?.signIn;
    if (outcome?.__typename === 'MutationSignInSuccess') onSignedIn();
    else if (outcome && 'code' in outcome && outcome.code === 'TWO_FACTOR_REQUIRED') {
      setAskCode(true);
      setError(askCode ? outcome.message : null);
    } else if (outcome && 'message' in outcome) setError(outcome.message);
    else setError('Scrutiny cannot be reached. Check your connection and try again.');
  };

  const passwordForm = (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="email">
          Email address
        </label>
        <input
          className="govuk-input"
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          spellCheck={false}
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
      {askCode ? (
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="code">
            Code from your authenticator app
          </label>
          <div className="govuk-hint" id="code-hint">
            The six digits your app shows now, or one of your recovery codes.
          </div>
          <input
            className="govuk-input govuk-input--width-20"
            id="code"
            name="code"
            autoComplete="one-time-code"
            spellCheck={false}
            aria-describedby="code-hint"
            autoFocus
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        </div>
      ) : null}
      <button type="submit" className="govuk-button" disabled={busy}>
        Sign in
      </button>
    </form>
  );

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {error ? (
          <div className="govuk-error-summary" data-module="govuk-error-summary" ref={summary} tabIndex={-1}>
            <div role="alert">
              <h2 className="govuk-error-summary__title">There is a problem</h2>
              <div className="govuk-error-summary__body">
                <ul className="govuk-list govuk-error-summary__list">
                  <li>
                    <a href="#email">{error}</a>
                  </li>
                </ul>
              </div>
            </div>
          </div>
        ) : null}
        <h1 className="govuk-heading-l">Sign in</h1>
        {loadingOptions && !options ? null : singleSignOn ? (
          <>
            <p className="govuk-body">Sign in with your organisation’s account.</p>
            <a
              href={`${singleSignOn.startUrl}?returnTo=${encodeURIComponent(window.location.pathname)}`}
              role="button"
              draggable="false"
              className="govuk-button govuk-button--start"
              data-module="govuk-button"
            >
              Sign in with {singleSignOn.name}
            </a>
          </>
        ) : null}
        {loadingOptions && !options ? null : singleSignOn && !passwordsForEveryone ? (
          <details className="govuk-details" open={error !== null}>
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
