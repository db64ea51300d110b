// The page a one-time link opens (an invitation, a password reset, the first administrator's): the token rides in
// the address's fragment, which no server log or Referer ever sees. Setting the password signs the person in.
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorSummary, errorMessage, FormGroup, hasError, type FormProblem, SubmitButton } from '@scrutiny/ui';
import { AccountLinkQuery, SetPasswordWithLinkMutation } from '../admin/setup-documents.ts';

const HEADINGS = {
  FIRST_ADMINISTRATOR: 'Set your password',
  INVITATION: 'Accept your invitation',
  PASSWORD_RESET: 'Set a new password',
} as const;

export function SetPasswordPage({ onSignedIn }: { onSignedIn: () => void }) {
  const [token] = useState(() => window.location.hash.slice(1));
  const [link] = useQuery({ query: AccountLinkQuery, variables: { token }, pause: !token });
  const [, setPassword] = useMutation(SetPasswordWithLinkMutation);
  const [password, setPasswordValue] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const opened = link.data?.accountLink ?? null;
  const heading = opened ? HEADINGS[opened.purpose] : 'This link does not work';

  useEffect(() => {
    document.title = `${problems.length ? 'Error: ' : ''}${heading} – Scrutiny`;
  }, [heading, problems.length]);

  if (token && link.fetching) return <p className="govuk-body">Loading…</p>;
  if (!opened)
    return (
      <>
        <h1 className="govuk-heading-l">This link does not work</h1>
        <p className="govuk-body">
          It has been used already, replaced by a newer one, or it is more than 24 hours old. Ask your administrator for
          a new link.
        </p>
      </>
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FormProblem[] = [];
    if (!password) found.push({ field: 'new-password', message: 'Enter a password' });
    else if (password !== confirm) found.push({ field: 'confirm-password', message: 'The passwords do not match' });
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    const result = await setPassword({ input: { token, password } });
    setBusy(false);
    const outcome = result.data?.setPasswordWithLink;
    if (outcome?.__typename === 'MutationSetPasswordWithLinkSuccess') {
      // The fragment is spent: leave it out of the address (and the history) before going on.
      window.history.replaceState(null, '', `${import.meta.env.BASE_URL}`);
      window.dispatchEvent(new Event('scrutiny:navigated'));
      onSignedIn();
      return;
    }
    setProblems([
      {
        field: 'new-password',
        message: outcome && 'message' in outcome ? outcome.message : 'Scrutiny cannot be reached. Try again.',
      },
    ]);
  };

  const passwordError = hasError(problems, 'new-password');
  const confirmError = hasError(problems, 'confirm-password');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={problems} />
        <h1 className="govuk-heading-l">{heading}</h1>
        <p className="govuk-body">
          {opened.name}, choose a password for <strong>{opened.email}</strong>. You will be signed in once it is set.
        </p>
        <form onSubmit={(e) => void submit(e)} noValidate>
          {/* Password managers file the new password under the right account. */}
          <input type="hidden" name="username" autoComplete="username" value={opened.email} />
          <FormGroup
            id="new-password"
            label="Password"
            hint="At least 12 characters. A few unrelated words make a good one; common and leaked passwords are refused."
            error={errorMessage(problems, 'new-password')}
          >
            <input
              className={`govuk-input${passwordError ? ' govuk-input--error' : ''}`}
              id="new-password"
              name="new-password"
              type="password"
              autoComplete="new-password"
              aria-describedby={`new-password-hint${passwordError ? ' new-password-error' : ''}`}
              value={password}
              onChange={(e) => setPasswordValue(e.target.value)}
            />
          </FormGroup>
          <FormGroup id="confirm-password" label="Password again" error={errorMessage(problems, 'confirm-password')}>
            <input
              className={`govuk-input${confirmError ? ' govuk-input--error' : ''}`}
              id="confirm-password"
              name="confirm-password"
              type="password"
              autoComplete="new-password"
              aria-describedby={confirmError ? 'confirm-password-error' : undefined}
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
            />
          </FormGroup>
          <SubmitButton busy={busy}>Set password and sign in</SubmitButton>
        </form>
      </div>
    </div>
  );
}
