// Revoking a token, after a confirmation that says what follows; cancelling returns the focus to its Revoke button.
import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { RevokeApiTokenMutation } from '../documents.ts';

export function RevokeConfirmation({
  token,
  onRevoked,
  onCancel,
}: {
  token: { id: string; name: string };
  onRevoked: (name: string) => void;
  onCancel: () => void;
}) {
  const [, revokeToken] = useMutation(RevokeApiTokenMutation);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [token.id]);

  const onRevoke = async () => {
    setBusy(true);
    const result = await revokeToken({ input: { apiTokenId: token.id } });
    setBusy(false);
    const outcome = result.data?.revokeApiToken;
    if (outcome?.__typename === 'MutationRevokeApiTokenSuccess') onRevoked(token.name);
    else
      setProblem(
        outcome && 'message' in outcome ? outcome.message : 'Scrutiny cannot be reached. The token is unchanged.',
      );
  };

  return (
    <div className="govuk-inset-text" role="group" aria-labelledby="confirm-title">
      <h2 className="govuk-heading-m" id="confirm-title" ref={heading} tabIndex={-1}>
        Revoke the token “{token.name}”?
      </h2>
      <p className="govuk-body">
        Its holder’s next request is refused. This cannot be undone: they would need a new token.
      </p>
      {problem ? (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {problem}
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
            onCancel();
            document.getElementById(`revoke-${token.id}`)?.focus();
          }}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
