// API tokens for third parties (administrators only): who holds which, when each was last used, creating one (its
// secret shown once) and revoking one, after a confirmation, with effect from the holder's next request.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorSummary, FieldError, hasError, type FormProblem } from '../planning/ErrorSummary.tsx';
import { ApiTokensQuery, CreateApiTokenMutation, RevokeApiTokenMutation } from './documents.ts';
import { TableRegion } from '../components/TableRegion.tsx';

const SCOPES = [
  {
    value: 'READ_PUBLISHED',
    label: 'Read published inspections',
    hint: 'Published inspections and their figures, at the higher rate and cost limits of token holders.',
  },
  { value: 'READ_SCHEMA', label: 'Read the schema', hint: 'Introspect the GraphQL schema (for code generators).' },
] as const;
type Scope = (typeof SCOPES)[number]['value'];

const scopeLabel = (scope: string) => SCOPES.find((s) => s.value === scope)?.label ?? scope;

function when(iso: string | null | undefined): string {
  if (!iso) return 'Never';
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });
}

export function ApiTokensPage({ viewer }: { viewer: { role: string } }) {
  const [tokens, refetch] = useQuery({ query: ApiTokensQuery, requestPolicy: 'cache-and-network' });
  const [, createToken] = useMutation(CreateApiTokenMutation);
  const [, revokeToken] = useMutation(RevokeApiTokenMutation);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ReadonlySet<Scope>>(new Set(['READ_PUBLISHED']));
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [confirming, setConfirming] = useState<{ id: string; name: string } | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const [revokeProblem, setRevokeProblem] = useState<string | null>(null);
  const createdPanel = useRef<HTMLDivElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const revokedBanner = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = `${problems.length ? 'Error: ' : ''}API tokens – Scrutiny`;
  }, [problems.length]);
  useEffect(() => {
    if (created) createdPanel.current?.focus();
  }, [created]);
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (revoked) revokedBanner.current?.focus();
  }, [revoked]);

  if (viewer.role !== 'ADMINISTRATOR')
    return (
      <>
        <h1 className="govuk-heading-l">API tokens</h1>
        <p className="govuk-body">Only administrators manage API tokens.</p>
      </>
    );

  const onCreate = async (event: FormEvent) => {
    event.preventDefault();
    const found: FormProblem[] = [];
    if (!name.trim()) found.push({ field: 'token-name', message: 'Enter who or what the token is for' });
    if (scopes.size === 0) found.push({ field: 'token-scopes', message: 'Choose at least one thing the token may do' });
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    const result = await createToken({ input: { name: name.trim(), scopes: [...scopes] } });
    setBusy(false);
    const outcome = result.data?.createApiToken;
    if (outcome?.__typename === 'MutationCreateApiTokenSuccess') {
      setCreated({ name: outcome.data.apiToken.name, token: outcome.data.token });
      setRevoked(null);
      setName('');
      setScopes(new Set(['READ_PUBLISHED']));
      refetch({ requestPolicy: 'network-only' });
      return;
    }
    if (outcome?.__typename === 'InvalidInputError' && outcome.problems.length > 0)
      setProblems(
        outcome.problems.map((p) => ({
          field: p.path.includes('scopes') ? 'token-scopes' : 'token-name',
          message: p.message,
        })),
      );
    else
      setProblems([
        {
          field: 'token-name',
          message: outcome && 'message' in outcome ? outcome.message : 'Scrutiny cannot be reached. Try again.',
        },
      ]);
  };

  const onRevoke = async () => {
    if (!confirming) return;
    setBusy(true);
    const result = await revokeToken({ input: { apiTokenId: confirming.id } });
    setBusy(false);
    const outcome = result.data?.revokeApiToken;
    if (outcome?.__typename === 'MutationRevokeApiTokenSuccess') {
      setRevoked(confirming.name);
      setRevokeProblem(null);
      setConfirming(null);
      setCreated(null);
      refetch({ requestPolicy: 'network-only' });
    } else
      setRevokeProblem(
        outcome && 'message' in outcome ? outcome.message : 'Scrutiny cannot be reached. The token is unchanged.',
      );
  };

  const toggleScope = (scope: Scope) =>
    setScopes((chosen) => {
      const next = new Set(chosen);
      if (next.has(scope)) next.delete(scope);
      else next.add(scope);
      return next;
    });

  const list = tokens.data?.apiTokens ?? [];
  const scopesError = hasError(problems, 'token-scopes');
  const nameError = hasError(problems, 'token-name');

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <ErrorSummary problems={problems} />
        {revoked ? (
          <div
            className="govuk-notification-banner govuk-notification-banner--success"
            role="alert"
            aria-labelledby="token-revoked-title"
            ref={revokedBanner}
            tabIndex={-1}
          >
            <div className="govuk-notification-banner__header">
              <h2 className="govuk-notification-banner__title" id="token-revoked-title">
                Success
              </h2>
            </div>
            <div className="govuk-notification-banner__content">
              <p className="govuk-notification-banner__heading">
                The token “{revoked}” is revoked: its next request is refused.
              </p>
            </div>
          </div>
        ) : null}
        <h1 className="govuk-heading-l">API tokens</h1>
        <p className="govuk-body">
          Third parties send a token as <code>Authorization: Bearer scr_…</code> to read published inspections at higher
          rate and cost limits than anonymous callers. Only a hash of each token is kept.
        </p>

        {created ? (
          <div className="govuk-inset-text" ref={createdPanel} tabIndex={-1} aria-labelledby="created-title">
            <h2 className="govuk-heading-m" id="created-title">
              Token “{created.name}” created
            </h2>
            <div className="govuk-form-group">
              <label className="govuk-label govuk-label--s" htmlFor="new-token">
                The token
              </label>
              <div className="govuk-hint" id="new-token-hint">
                Copy it now (select it and press Ctrl+C, or Command+C on a Mac) and give it to its holder safely. It
                will not be shown again: if it is lost, revoke it and create another.
              </div>
              <input
                className="govuk-input app-token-secret"
                id="new-token"
                readOnly
                spellCheck={false}
                autoComplete="off"
                aria-describedby="new-token-hint"
                value={created.token}
                onFocus={(event) => event.currentTarget.select()}
              />
            </div>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setCreated(null)}>
              I have copied the token
            </button>
          </div>
        ) : null}

        {confirming ? (
          <div className="govuk-inset-text" role="group" aria-labelledby="confirm-title">
            <h2 className="govuk-heading-m" id="confirm-title" ref={confirmHeading} tabIndex={-1}>
              Revoke the token “{confirming.name}”?
            </h2>
            <p className="govuk-body">
              Its holder’s next request is refused. This cannot be undone: they would need a new token.
            </p>
            {revokeProblem ? (
              <p className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {revokeProblem}
              </p>
            ) : null}
            <div className="govuk-button-group">
              <button
                type="button"
                className="govuk-button govuk-button--warning"
                disabled={busy}
                onClick={() => void onRevoke()}
              >
                Yes, revoke it
              </button>
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => {
                  const id = confirming.id;
                  setConfirming(null);
                  setRevokeProblem(null);
                  document.getElementById(`revoke-${id}`)?.focus();
                }}
              >
                Cancel
              </button>
            </div>
          </div>
        ) : null}

        <h2 className="govuk-heading-m">Tokens</h2>
        {tokens.error && !tokens.data ? <p className="govuk-body">The tokens could not be loaded.</p> : null}
        {tokens.fetching && !tokens.data ? <p className="govuk-body">Loading…</p> : null}
        {tokens.data && list.length === 0 ? <p className="govuk-body">No API tokens have been created.</p> : null}
        {list.length > 0 ? (
          <TableRegion>
            <table className="govuk-table">
              <caption className="govuk-visually-hidden">API tokens, newest first</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Name
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Allowed to
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Created
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Last used
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Status
                  </th>
                  <th scope="col" className="govuk-table__header">
                    <span className="govuk-visually-hidden">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {list.map((token) => (
                  <tr className="govuk-table__row" key={token.id}>
                    <th scope="row" className="govuk-table__header">
                      {token.name}
                    </th>
                    <td className="govuk-table__cell">
                      <ul className="govuk-list govuk-!-margin-0">
                        {token.scopes.map((scope) => (
                          <li key={scope}>{scopeLabel(scope)}</li>
                        ))}
                      </ul>
                    </td>
                    <td className="govuk-table__cell">
                      {when(token.createdAt)} by {token.createdBy.name}
                    </td>
                    <td className="govuk-table__cell">{when(token.lastUsedAt)}</td>
                    <td className="govuk-table__cell">
                      {token.revokedAt ? (
                        <strong className="govuk-tag govuk-tag--grey">Revoked {when(token.revokedAt)}</strong>
                      ) : (
                        <strong className="govuk-tag govuk-tag--green">Active</strong>
                      )}
                    </td>
                    <td className="govuk-table__cell">
                      {token.revokedAt ? null : (
                        <button
                          type="button"
                          id={`revoke-${token.id}`}
                          className="app-link-button"
                          onClick={() => {
                            setRevokeProblem(null);
                            setConfirming({ id: token.id, name: token.name });
                          }}
                        >
                          Revoke<span className="govuk-visually-hidden"> the token “{token.name}”</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        ) : null}

        <h2 className="govuk-heading-m">Create a token</h2>
        <form onSubmit={(event) => void onCreate(event)} noValidate>
          <div className={`govuk-form-group${nameError ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label" htmlFor="token-name">
              Who or what it is for
            </label>
            <div className="govuk-hint" id="token-name-hint">
              For example, the name of the organisation and its application.
            </div>
            <FieldError problems={problems} field="token-name" />
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
          </div>
          <div className={`govuk-form-group${scopesError ? ' govuk-form-group--error' : ''}`}>
            <fieldset className="govuk-fieldset" aria-describedby={scopesError ? 'token-scopes-error' : undefined}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">What the token may do</legend>
              <FieldError problems={problems} field="token-scopes" />
              <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                {SCOPES.map((scope, index) => (
                  <div className="govuk-checkboxes__item" key={scope.value}>
                    <input
                      className="govuk-checkboxes__input"
                      id={index === 0 ? 'token-scopes' : `token-scope-${scope.value}`}
                      name="scopes"
                      type="checkbox"
                      value={scope.value}
                      checked={scopes.has(scope.value)}
                      onChange={() => toggleScope(scope.value)}
                      aria-describedby={`token-scope-${scope.value}-hint`}
                    />
                    <label
                      className="govuk-label govuk-checkboxes__label"
                      htmlFor={index === 0 ? 'token-scopes' : `token-scope-${scope.value}`}
                    >
                      {scope.label}
                    </label>
                    <div className="govuk-hint govuk-checkboxes__hint" id={`token-scope-${scope.value}-hint`}>
                      {scope.hint}
                    </div>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <button type="submit" className="govuk-button" disabled={busy}>
            Create token
          </button>
        </form>
      </div>
    </div>
  );
}
