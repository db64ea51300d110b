// Creating a token: who or what it is for and what it may do. Problems go to the page's error summary.
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { errorMessage, FieldError, FormGroup, hasError, type FormProblem } from '@scrutiny/ui';
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
  const scopesError = hasError(problems, 'token-scopes');
  const nameError = hasError(problems, 'token-name');

  return (
    <form onSubmit={(event) => void onCreate(event)} noValidate>
      <FormGroup
        id="token-name"
        label="Who or what it is for"
        hint="For example, the name of the organisation and its application."
        error={errorMessage(problems, 'token-name')}
      >
        <input
          className={`govuk-input govuk-!-width-two-thirds${nameError ? ' govuk-input--error' : ''}`}
          id="token-name"
          name="name"
          type="text"
          maxLength={120}
          autoComplete="off"
          aria-describedby={`token-name-hint${nameError ? ' token-name-error' : ''}`}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </FormGroup>
      <div className={`govuk-form-group${scopesError ? ' govuk-form-group--error' : ''}`}>
        <fieldset className="govuk-fieldset" aria-describedby={scopesError ? 'token-scopes-error' : undefined}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">What the token may do</legend>
          <FieldError problems={problems} field="token-scopes" />
          <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
            {SCOPES.map((scope, index) => {
              const id = index === 0 ? 'token-scopes' : `token-scope-${scope.value}`;
              return (
                <div className="govuk-checkboxes__item" key={scope.value}>
                  <input
                    className="govuk-checkboxes__input"
                    id={id}
                    name="scopes"
                    type="checkbox"
                    value={scope.value}
                    checked={scopes.has(scope.value)}
                    onChange={() => toggleScope(scope.value)}
                    aria-describedby={`token-scope-${scope.value}-hint`}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                    {scope.label}
                  </label>
                  <div className="govuk-hint govuk-checkboxes__hint" id={`token-scope-${scope.value}-hint`}>
                    {scope.hint}
                  </div>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      <button type="submit" className="govuk-button" disabled={busy}>
        Create token
      </button>
    </form>
  );
}
