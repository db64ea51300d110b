// API tokens for third parties (administrators only): who holds which, when each was last used, creating one (its
// secret shown once) and revoking one, after a confirmation, with effect from the holder's next request.
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { ErrorSummary, type FormProblem } from '@scrutiny/ui';
import { ApiTokensQuery } from '../documents.ts';
import { CreatedTokenPanel } from './CreatedTokenPanel.tsx';
import { CreateTokenForm } from './CreateTokenForm.tsx';
import { RevokeConfirmation } from './RevokeConfirmation.tsx';
import { RevokedBanner } from './RevokedBanner.tsx';
import { TokenList } from './TokenList.tsx';

export function ApiTokensPage({ viewer }: { viewer: { role: string } }) {
  const [tokens, refetch] = useQuery({ query: ApiTokensQuery, requestPolicy: 'cache-and-network' });
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [confirming, setConfirming] = useState<{ id: string; name: string } | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${problems.length ? 'Error: ' : ''}API tokens – Scrutiny`;
  }, [problems.length]);

  if (viewer.role !== 'ADMINISTRATOR')
    return (
      <>
        <h1 className="govuk-heading-l">API tokens</h1>
        <p className="govuk-body">Only administrators manage API tokens.</p>
      </>
    );

  const list = tokens.data?.apiTokens ?? [];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <ErrorSummary problems={problems} />
        {revoked ? <RevokedBanner name={revoked} /> : null}
        <h1 className="govuk-heading-l">API tokens</h1>
        <p className="govuk-body">
          Third parties send a token as <code>Authorization: Bearer scr_…</code> to read published inspections at higher
          rate and cost limits than anonymous callers. Only a hash of each token is kept.
        </p>
        {created ? <CreatedTokenPanel created={created} onDone={() => setCreated(null)} /> : null}
        {confirming ? (
          <RevokeConfirmation
            key={confirming.id}
            token={confirming}
            onCancel={() => setConfirming(null)}
            onRevoked={(name) => {
              setRevoked(name);
              setConfirming(null);
              setCreated(null);
              refetch({ requestPolicy: 'network-only' });
            }}
          />
        ) : null}

        <h2 className="govuk-heading-m">Tokens</h2>
        {tokens.error && !tokens.data ? <p className="govuk-body">The tokens could not be loaded.</p> : null}
        {tokens.fetching && !tokens.data ? <p className="govuk-body">Loading…</p> : null}
        {tokens.data && list.length === 0 ? <p className="govuk-body">No API tokens have been created.</p> : null}
        {list.length > 0 ? (
          <TokenList tokens={list} onRevoke={(token) => setConfirming({ id: token.id, name: token.name })} />
        ) : null}

        <h2 className="govuk-heading-m">Create a token</h2>
        <CreateTokenForm
          problems={problems}
          onProblems={setProblems}
          onCreated={(token) => {
            setCreated(token);
            setRevoked(null);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      </div>
    </div>
  );
}
