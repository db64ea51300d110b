// Signing in with an email address and password (and, when the account asks for it, a code from an authenticator
// app): the form both apps' sign-in pages show. `useSignInForm` keeps what was typed and what went wrong, so that the
// page can show the error summary above its heading and name itself "Error: …".
import { useState, type FormEvent } from 'react';
import type { FormProblem } from './ErrorSummary.tsx';
import { TextField } from './fields.tsx';

export interface SignInCredentials {
  email: string;
  password: string;
  /** The authenticator's code or a recovery code, once the account has asked for one. */
  code?: string;
}

/** What the API said: signed in, or refused with a message (`codeNeeded` when the account needs a second factor). */
export type SignInOutcome = { signedIn: true } | { signedIn: false; message: string; codeNeeded?: boolean };

export interface SignInFormState {
  email: string;
  password: string;
  code: string;
  askCode: boolean;
  busy: boolean;
  /** What went wrong, linked to the email address field; empty when nothing did. */
  problems: readonly FormProblem[];
  setEmail(value: string): void;
  setPassword(value: string): void;
  setCode(value: string): void;
  submit(event: FormEvent): Promise<void>;
}

export function useSignInForm(
  signIn: (credentials: SignInCredentials) => Promise<SignInOutcome>,
  onSignedIn: () => void,
): SignInFormState {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [askCode, setAskCode] = useState(false);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setProblem('Enter your email address and password');
      return;
    }
    setBusy(true);
    const outcome = await signIn({
      email: email.trim(),
      password,
      ...(askCode && code.trim() ? { code: code.trim() } : {}),
    });
    setBusy(false);
    if (outcome.signedIn) onSignedIn();
    else if (outcome.codeNeeded) {
      // The first time, asking for the code is the answer; after that, the code was wrong.
      setAskCode(true);
      setProblem(askCode ? outcome.message : null);
    } else setProblem(outcome.message);
  };

  return {
    email,
    password,
    code,
    askCode,
    busy,
    problems: problem ? [{ field: 'email', message: problem }] : [],
    setEmail,
    setPassword,
    setCode,
    submit,
  };
}

export function SignInForm({
  form,
  emailAutoComplete,
}: {
  form: SignInFormState;
  /** `username` where a password manager should remember the account, `email` otherwise. */
  emailAutoComplete: 'email' | 'username';
}) {
  const emailProblem = form.problems.find((p) => p.field === 'email')?.message ?? null;
  return (
    <form onSubmit={(e) => void form.submit(e)} noValidate>
      <TextField
        id="email"
        label="Email address"
        type="email"
        error={emailProblem}
        autoComplete={emailAutoComplete}
        spellCheck={false}
        value={form.email}
        onChange={form.setEmail}
      />
      <TextField
        id="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        value={form.password}
        onChange={form.setPassword}
      />
      {form.askCode ? (
        <TextField
          id="code"
          label="Code from your authenticator app"
          hint="The six digits your app shows now, or one of your recovery codes."
          width="govuk-input--width-20"
          autoComplete="one-time-code"
          spellCheck={false}
          autoFocus
          value={form.code}
          onChange={form.setCode}
        />
      ) : null}
      <button type="submit" className="govuk-button" disabled={form.busy}>
        Sign in
      </button>
    </form>
  );
}
