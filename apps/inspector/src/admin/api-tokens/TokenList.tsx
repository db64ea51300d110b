// The tokens, newest first: who holds each, what it may do, when it was made and last used, and a way to revoke it.
import { TableRegion } from '@scrutiny/ui';
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
    <TableRegion>
      <table className="govuk-table">
        <caption className="govuk-visually-hidden">API tokens, newest first</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {['Name', 'Allowed to', 'Created', 'Last used', 'Status'].map((heading) => (
              <th key={heading} scope="col" className="govuk-table__header">
                {heading}
              </th>
            ))}
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {tokens.map((token) => (
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
                    onClick={() => onRevoke(token)}
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
  );
}
