// The audit log page's GraphQL documents: who may read the log, a page of it (filtered by case file or person),
// and the same events as CSV.
import { graphql } from '@scrutiny/graphql-client';

export const AuditLogAccessQuery = graphql(`
  query AuditLogAccess($id: ID!) {
    inspection(id: $id) {
      id
      title
      year
      area {
        id
        name
      }
      mayReadAuditLog
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($id: ID!, $first: Int!, $after: String, $caseFileReference: String, $actorId: ID) {
    inspection(id: $id) {
      id
      auditLogActors {
        id
        name
        role
      }
      auditLog(first: $first, after: $after, caseFileReference: $caseFileReference, actorId: $actorId) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            at
            action
            entity
            entityId
            caseFileReference
            measureKey
            before
            after
            actor {
              id
              name
              role
            }
          }
        }
      }
    }
  }
`);

export const AuditLogCsvQuery = graphql(`
  query AuditLogCsv($id: ID!, $caseFileReference: String, $actorId: ID) {
    inspection(id: $id) {
      id
      auditLogCsv(caseFileReference: $caseFileReference, actorId: $actorId)
    }
  }
`);
