// A page of the audit log's events, newest first: when, who in which role, what they did and to which case file.
import { Table } from '@scrutiny/ui';
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
    <Table
      caption={{ text: 'Audit log events, newest first', size: 'hidden' }}
      region={{ labelledBy: 'audit-events-heading' }}
      rows={edges}
      rowKey={(edge) => edge.cursor}
      columns={[
        { header: 'When', cell: ({ node }) => <time dateTime={node.at}>{WHEN.format(new Date(node.at))}</time> },
        { header: 'Who', cell: ({ node }) => node.actor?.name ?? 'A deleted account' },
        { header: 'Role', cell: ({ node }) => (node.actor ? roleLabel(node.actor.role) : '–') },
        { header: 'What', cell: ({ node }) => actionText(node) },
        { header: 'Case file', cell: ({ node }) => node.caseFileReference ?? '–' },
      ]}
    />
  );
}
