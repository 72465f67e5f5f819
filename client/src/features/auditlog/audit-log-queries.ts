import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const AuditLogEntry_entry = graphql(`
  fragment AuditLogEntry_entry on AuditLogEntry {
    id
    at
    action
    ip
    targetType
    targetLabel
    actor {
      id
      name
      email
    }
    changes {
      field
      before
      after
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $page: PageInput) {
    auditLog(filter: $filter, page: $page) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...AuditLogEntry_entry
        }
      }
    }
  }
`);

/** Whom the actor filter offers: the people the viewer may see. */
export const AuditLogActorsQuery = graphql(`
  query AuditLogActors {
    users(page: { first: 200 }) {
      edges {
        node {
          id
          name
          email
        }
      }
    }
  }
`);

export const ExportAuditLogMutation = graphql(`
  mutation ExportAuditLog($input: ExportAuditLogInput!) {
    exportAuditLog(input: $input) {
      csv
      rowCount
    }
  }
`);

/**
 * The export, as the server writes it (the whole filtered log, not only the loaded page).
 * The export is itself an audited action, which a reload of the log shows; no cached list
 * changes, so nothing is amended.
 */
export const useExportAuditLog = () => useMutation(ExportAuditLogMutation);
