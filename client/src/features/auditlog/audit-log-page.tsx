import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '../../components/alert';
import { Card } from '../../components/card';
import { DocumentTitle } from '../../components/document-title';
import { ErrorAlert } from '../../components/error-alert';
import { Page, PageHeader } from '../../components/page';
import { EmptyState, QueryState } from '../../components/query-state';
import { getFragmentData } from '../../gql';
import { downloadCsv } from '../../lib/csv';
import { formFrom, paramsFrom, serverFilter } from './audit-log-filter';
import { AuditLogFilters } from './audit-log-filters';
import { AuditLogActorsQuery, AuditLogEntry_entry, AuditLogQuery, useExportAuditLog } from './audit-log-queries';
import { AuditLogTable } from './audit-log-table';
import styles from './audit-log.module.css';

const PAGE_SIZE = 50;

/** The exported file's name: the day it was taken, so several exports sort by date. */
export const exportFileName = (now: Date) =>
  `concord-audit-log-${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}.csv`;

/**
 * The audit log (admins; a vendor's QA managers see their vendor's entries): who did what,
 * when, from where, and what changed; filtered by action, actor, what was acted on and
 * period, and exported as the server writes it.
 */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const form = formFrom(params);
  const filter = serverFilter(form);
  const actors = useQuery(AuditLogActorsQuery);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(AuditLogQuery, {
    variables: { filter, page: { first: PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [exportLog, exporting] = useExportAuditLog();
  const shown = data ?? previousData;
  const entries = (shown?.auditLog.edges ?? []).map((edge) => getFragmentData(AuditLogEntry_entry, edge.node));

  const loadMore = () =>
    fetchMore({
      variables: { page: { first: PAGE_SIZE, after: shown?.auditLog.pageInfo.endCursor } },
      updateQuery: (previous, { fetchMoreResult }) => ({
        auditLog: {
          ...fetchMoreResult.auditLog,
          edges: [...previous.auditLog.edges, ...fetchMoreResult.auditLog.edges],
        },
      }),
    });

  async function download() {
    try {
      const { data: file } = await exportLog({ variables: { input: { filter } } });
      if (file) downloadCsv(exportFileName(new Date()), file.exportAuditLog.csv);
    } catch {
      // Shown from `exporting.error`.
    }
  }

  return (
    <Page width="xl">
      <DocumentTitle title={t('auditLog.title')} />
      <PageHeader
        title={t('auditLog.title')}
        lead={t('auditLog.lead')}
        actions={
          <button
            type="button"
            className="button button-secondary"
            disabled={exporting.loading}
            onClick={() => void download()}
          >
            {exporting.loading ? t('auditLog.exporting') : t('auditLog.export')}
          </button>
        }
      />
      {exporting.error ? <ErrorAlert error={exporting.error} title={t('auditLog.exportFailed')} /> : null}
      {exporting.data && !exporting.error ? (
        <Alert tone="info">{t('auditLog.exported', { count: exporting.data.exportAuditLog.rowCount })}</Alert>
      ) : null}
      <QueryState
        loading={loading}
        error={error}
        hasData={Boolean(shown)}
        loadingLabel={t('auditLog.loading')}
        errorTitle={t('auditLog.loadFailed')}
        onRetry={() => void refetch()}
      />
      <Card
        title={t('auditLog.listTitle')}
        note={shown ? t('auditLog.count', { count: shown.auditLog.totalCount }) : undefined}
        busy={loading}
        testId="audit-log"
      >
        <AuditLogFilters
          key={params.toString()}
          value={form}
          actors={(actors.data?.users.edges ?? []).map((edge) => edge.node)}
          onApply={(next) => setParams(paramsFrom(next), { replace: true })}
        />
        {error && shown ? <ErrorAlert error={error} title={t('auditLog.loadFailed')} /> : null}
        {shown && entries.length === 0 ? <EmptyState>{t('auditLog.empty')}</EmptyState> : null}
        {entries.length > 0 ? <AuditLogTable entries={entries} /> : null}
        {shown?.auditLog.pageInfo.hasNextPage ? (
          <div className={styles.more}>
            <button
              type="button"
              className="button button-secondary"
              disabled={loading}
              onClick={() => void loadMore()}
            >
              {t('auditLog.more')}
            </button>
          </div>
        ) : null}
      </Card>
    </Page>
  );
}
