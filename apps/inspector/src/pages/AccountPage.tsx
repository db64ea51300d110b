// A person's account: two-factor sign-in with an authenticator app. Where their role requires it and it is not on,
// this is the only page they see until it is.
import { useEffect, useState, type FormEvent } from 'react';
import { ConfirmationPanel, ErrorSummary, type FormProblem, TextField, SubmitButton } from '@scrutiny/ui';
import { useMutation } from 'urql';
import { SessionsSection } from './SessionsSection.tsx';
import { BeginTwoFactorEnrolmentMutation, ConfirmTwoFactorEnrolmentMutation } from '../documents.ts';

interface Props {
  viewer: { name: string; twoFactorEnabled: boolean | null; twoFactorEnrolmentRequired: boolean };
  /** The session changed (replaced when two-factor went on, or ended here): read who is signed in again. */
  onEnabled: () => void;
}

export function AccountPage({ viewer, onEnabled }: Props) {
  const [, begin] = useMutation(BeginTwoFactorEnrolmentMutation);
  const [, confirm] = useMutation(ConfirmTwoFactorEnrolmentMutation);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [enrolment, setEnrolment] = useState<{ secret: string; qrCode: string } | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = `${error ? 'Error: ' : ''}Your account – Scrutiny`;
  }, [error]);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await begin({ input: { currentPassword: password } });
    setBusy(false);
    const outcome = result.data?.beginTwoFactorEnrolment;
    if (outcome?.__typename === 'MutationBeginTwoFactorEnrolmentSuccess') {
      setEnrolment(outcome.data);
      setError(null);
    } else setError(outcome && 'message' in outcome ? outcome.message : 'Scrutiny cannot be reached: try again.');
  };

  const finish = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await confirm({ input: { code: code.trim() } });
    setBusy(false);
    const outcome = result.data?.confirmTwoFactorEnrolment;
    if (outcome?.__typename === 'MutationConfirmTwoFactorEnrolmentSuccess') {
      setRecoveryCodes(outcome.data.recoveryCodes);
      setError(null);
    } else setError(outcome && 'message' in outcome ? outcome.message : 'Scrutiny cannot be reached: try again.');
  };

  // A refusal is about the one field of the step the person is on.
  const field = enrolment ? 'enrol-code' : 'enrol-password';
  const problems: FormProblem[] = error ? [{ field, message: error }] : [];

  let body;
  if (recoveryCodes)
    body = (
      <>
        <ConfirmationPanel title="Two-factor sign-in is on" headingLevel={2} />
        <h2 className="govuk-heading-m">Your recovery codes</h2>
        <p className="govuk-body">
          Each code signs you in once instead of your app. Keep them somewhere safe: they are not shown again.
        </p>
        <ul className="govuk-list app-recovery-codes" aria-label="Recovery codes">
          {recoveryCodes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="govuk-button"
          onClick={() => {
            setRecoveryCodes(null);
            onEnabled();
          }}
        >
          I have kept my recovery codes
        </button>
      </>
    );
  else if (viewer.twoFactorEnabled)
    body = (
      <p className="govuk-body">
        Two-factor sign-in is on: you sign in with your password and a code from your authenticator app. If you lose
        your app and your recovery codes, ask an administrator to reset it.
      </p>
    );
  else if (enrolment)
    body = (
      <>
        <h2 className="govuk-heading-m">Set up your authenticator app</h2>
        <p className="govuk-body">Scan this QR code with your authenticator app.</p>
        <img src={enrolment.qrCode} alt="QR code for your authenticator app" width={200} height={200} />
        <p className="govuk-body">Or enter this key in the app by hand:</p>
        <p className="govuk-body">
          <code id="totp-secret">{enrolment.secret}</code>
        </p>
        <form onSubmit={(e) => void finish(e)} noValidate>
          <TextField
            id="enrol-code"
            label="Code your app shows now"
            width="govuk-input--width-10"
            inputMode="numeric"
            autoComplete="one-time-code"
            error={error}
            value={code}
            onChange={setCode}
          />
          <SubmitButton busy={busy}>Turn on two-factor sign-in</SubmitButton>
        </form>
      </>
    );
  else
    body = (
      <form onSubmit={(e) => void start(e)} noValidate>
        <p className="govuk-body">
          Sign in with your password and a code from an authenticator app on your phone, so that a password alone cannot
          reach case files.
        </p>
        <TextField
          id="enrol-password"
          label="Your password"
          type="password"
          autoComplete="current-password"
          error={error}
          value={password}
          onChange={setPassword}
        />
        <SubmitButton busy={busy}>Set up two-factor sign-in</SubmitButton>
      </form>
    );

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={problems} />
        <h1 className="govuk-heading-l">Your account</h1>
        {viewer.twoFactorEnrolmentRequired && !recoveryCodes ? (
          <div className="govuk-inset-text">
            Your role needs two-factor sign-in. Set it up to carry on, {viewer.name}.
          </div>
        ) : null}
        {body}
        {viewer.twoFactorEnrolmentRequired ? null : <SessionsSection onEndedCurrent={onEnabled} />}
      </div>
    </div>
  );
}
