// Creating a token: who or what it is for and what it may do. Problems go to the page's error summary.
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Checkboxes, errorMessage, TextField, type FormProblem, SubmitButton } from '@scrutiny/ui';
import { CreateApiTokenMutation } from '../documents.ts';
import { SCOPES, type Scope } from './scopes.ts';

export function CreateTokenForm({
  problems,
  onProblems,
  onCreated,
}: {
  problems: readonly FormProblem[];
  onProblems: (problems: readonly FormProblem[]) => void;
  onCreated: (created: { name: string; token: string }) => void;
}) {
  const [, createToken] = useMutation(CreateApiTokenMutation);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ReadonlySet<Scope>>(new Set(['READ_PUBLISHED']));
  const [busy, setBusy] = useState(false);

  const onCreate = async (event: FormEvent) => {
    event.preventDefault();
    const found: FormProblem[] = [];
    if (!name.trim()) found.push({ field: 'token-name', message: 'Enter who or what the token is for' });
    if (scopes.size === 0) found.push({ field: 'token-scopes', message: 'Choose at least one thing the token may do' });
    onProblems(found);
    if (found.length) return;
    setBusy(true);
    const result = await createToken({ input: { name: name.trim(), scopes: [...scopes] } });
    setBusy(false);
    const outcome = result.data?.createApiToken;
    if (outcome?.__typename === 'MutationCreateApiTokenSuccess') {
      setName('');
      setScopes(new Set(['READ_PUBLISHED']));
      onCreated({ name: outcome.data.apiToken.name, token: outcome.data.token });
    } else if (outcome?.__typename === 'InvalidInputError' && outcome.problems.length > 0)
      onProblems(
        outcome.problems.map((p) => ({
          field: p.path.includes('scopes') ? 'token-scopes' : 'token-name',
          message: p.message,
        })),
      );
    else
      onProblems([
        {
          field: 'token-name',
          message: outcome && 'message' in outcome ? outcome.message : 'Scrutiny cannot be reached. Try again.',
        },
      ]);
  };

  const toggleScope = (scope: Scope) =>
    setScopes((chosen) => {
      const next = new Set(chosen);
      if (next.has(scope)) next.delete(scope);
      else next.add(scope);
      return next;
    });

  return (
    <form onSubmit={(event) => void onCreate(event)} noValidate>
      <TextField
        id="token-name"
        name="name"
        label="Who or what it is for"
        hint="For example, the name of the organisation and its application."
        error={errorMessage(problems, 'token-name')}
        width="govuk-!-width-two-thirds"
        maxLength={120}
        autoComplete="off"
        value={name}
        onChange={setName}
      />
      <Checkboxes
        id="token-scopes"
        name="scopes"
        legend="What the token may do"
        error={errorMessage(problems, 'token-scopes')}
        small
        options={SCOPES.map((scope, index) => ({
          value: scope.value,
          label: scope.label,
          id: index === 0 ? 'token-scopes' : `token-scope-${scope.value}`,
          hint: scope.hint,
          hintId: `token-scope-${scope.value}-hint`,
        }))}
        chosen={scopes}
        onToggle={(value) => {
          const scope = SCOPES.find((s) => s.value === value);
          if (scope) toggleScope(scope.value);
        }}
      />
      <SubmitButton busy={busy}>Create token</SubmitButton>
    </form>
  );
}
