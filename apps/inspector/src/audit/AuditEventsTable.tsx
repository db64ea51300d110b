// A page of the audit log's events, newest first: when, who in which role, what they did and to which case file.
import { TableRegion } from '@scrutiny/ui';
import type { ResultOf } from '@scrutiny/graphql-client';
import { actionText, roleLabel } from './audit-model.ts';
import type { AuditLogQuery } from './documents.ts';

type AuditEdge = NonNullable<NonNullable<ResultOf<typeof AuditLogQuery>['inspection']>['auditLog']>['edges'][number];

const WHEN = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'Europe/London',
});

export function AuditEventsTable({ edges }: { edges: readonly AuditEdge[] }) {
  return (
    <TableRegion labelledBy="audit-events-heading">
      <table className="govuk-table">
        <caption className="govuk-visually-hidden">Audit log events, newest first</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              When
            </th>
            <th scope="col" className="govuk-table__header">
              Who
            </th>
            <th scope="col" className="govuk-table__header">
              Role
            </th>
            <th scope="col" className="govuk-table__header">
              What
            </th>
            <th scope="col" className="govuk-table__header">
              Case file
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {edges.map(({ cursor, node }) => (
            <tr className="govuk-table__row" key={cursor}>
              <td className="govuk-table__cell">
                <time dateTime={node.at}>{WHEN.format(new Date(node.at))}</time>
              </td>
              <td className="govuk-table__cell">{node.actor?.name ?? 'A deleted account'}</td>
              <td className="govuk-table__cell">{node.actor ? roleLabel(node.actor.role) : '–'}</td>
              <td className="govuk-table__cell">{actionText(node)}</td>
              <td className="govuk-table__cell">{node.caseFileReference ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
