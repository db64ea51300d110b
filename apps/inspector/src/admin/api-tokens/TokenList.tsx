// The tokens, newest first: who holds each, what it may do, when it was made and last used, and a way to revoke it.
import { Table } from '@scrutiny/ui';
import { scopeLabel, when } from './scopes.ts';

export interface TokenRow {
  id: string;
  name: string;
  scopes: readonly string[];
  createdAt: string;
  lastUsedAt?: string | null;
  revokedAt?: string | null;
  createdBy: { name: string };
}

export function TokenList({ tokens, onRevoke }: { tokens: readonly TokenRow[]; onRevoke: (token: TokenRow) => void }) {
  return (
    <Table
      caption={{ text: 'API tokens, newest first', size: 'hidden' }}
      rows={tokens}
      columns={[
        { header: 'Name', rowHeader: true, cell: (token) => token.name },
        {
          header: 'Allowed to',
          cell: (token) => (
            <ul className="govuk-list govuk-!-margin-0">
              {token.scopes.map((scope) => (
                <li key={scope}>{scopeLabel(scope)}</li>
              ))}
            </ul>
          ),
        },
        { header: 'Created', cell: (token) => `${when(token.createdAt)} by ${token.createdBy.name}` },
        { header: 'Last used', cell: (token) => when(token.lastUsedAt) },
        {
          header: 'Status',
          cell: (token) =>
            token.revokedAt ? (
              <strong className="govuk-tag govuk-tag--grey">Revoked {when(token.revokedAt)}</strong>
            ) : (
              <strong className="govuk-tag govuk-tag--green">Active</strong>
            ),
        },
        {
          header: <span className="govuk-visually-hidden">Action</span>,
          cell: (token) =>
            token.revokedAt ? null : (
              <button
                type="button"
                id={`revoke-${token.id}`}
                className="app-link-button"
                onClick={() => onRevoke(token)}
              >
                Revoke<span className="govuk-visually-hidden"> the token “{token.name}”</span>
              </button>
            ),
        },
      ]}
    />
  );
}
