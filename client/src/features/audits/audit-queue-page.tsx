import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Alert } from '../../components/alert';
import { Card } from '../../components/card';
import { ContentExcerpt } from '../../components/content-text';
import { DocumentTitle } from '../../components/document-title';
import { Page, PageHeader } from '../../components/page';
import { EmptyState, QueryState } from '../../components/query-state';
import { StatusBadge } from '../../components/status-badge';
import { numericCell, Table, TableHead } from '../../components/table';
import { graphql } from '../../gql';
import { canLeadQuality } from '../../lib/roles';
import { useAuditTaskColumns } from './audit-columns';
import { AuditTabs } from './audit-tabs';
import { type Auditor, TaskAssignee } from './task-assignee';
import styles from './audits.module.css';

export const AuditQueueQuery = graphql(`
  query AuditQueue {
    me {
      id
      role
    }
    audits(filter: { status: PENDING }, page: { first: 100 }) {
      totalCount
      edges {
        node {
          id
          day
          queue
          decidedLabel
          plan {
            id
            name
          }
          assignee {
            id
            name
          }
          moderator {
            id
            name
          }
          market {
            id
            code
          }
          case {
            id
            externalId
            text
            sensitivityTags
          }
        }
      }
    }
  }
`);

/** Who a QA lead may hand a task to: the active QA team they see. */
export const AuditorsQuery = graphql(`
  query Auditors {
    users(page: { first: 200 }) {
      edges {
        node {
          id
          name
          role
          active
        }
      }
    }
  }
`);

/**
 * The QA team's open audit tasks, oldest sample day first, each opening the audit form; a
 * specialist claims unassigned ones, a QA lead assigns them.
 */
export function AuditQueuePage() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const audited = (location.state as { audited?: string } | null)?.audited;
  const { data, loading, error, refetch } = useQuery(AuditQueueQuery, { fetchPolicy: 'cache-and-network' });
  const tasks = (data?.audits.edges ?? []).map((edge) => edge.node);
  const lead = canLeadQuality(data?.me.role ?? null);
  const people = useQuery(AuditorsQuery, { skip: !lead });
  const auditors: Auditor[] | null = lead
    ? (people.data?.users.edges ?? [])
        .map((edge) => edge.node)
        .filter((user) => user.active && (user.role === 'QA_SPECIALIST' || user.role === 'QA_MANAGER'))
    : null;
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  const taskColumns = useAuditTaskColumns();

  return (
    <Page width="lg">
      <DocumentTitle title={t('audits.queue.title')} />
      <PageHeader title={t('audits.queue.title')} lead={t('audits.queue.lead')} />
      <AuditTabs />
      {audited ? <Alert tone="info">{t('audits.queue.saved', { id: audited })}</Alert> : null}
      <QueryState
        loading={loading}
        error={error}
        hasData={Boolean(data)}
        loadingLabel={t('audits.queue.loading')}
        errorTitle={t('audits.queue.loadFailed')}
        onRetry={() => void refetch()}
      />
      {data ? (
        <Card title={t('audits.queue.open')} note={t('audits.queue.count', { count: data.audits.totalCount })}>
          {tasks.length === 0 ? (
            <EmptyState>{t('audits.queue.empty')}</EmptyState>
          ) : (
            <Table>
              <TableHead
                columns={[
                  ...taskColumns,
                  { label: t('audits.fields.day') },
                  { label: t('audits.fields.assignee') },
                  { label: t('audits.fields.action'), hidden: true },
                ]}
              />
              <tbody>
                {tasks.map((task) => (
                  <tr key={task.id} data-testid="audit-task" data-audit={task.id}>
                    <td>
                      <span className={styles.code}>{task.case.externalId}</span>
                      {task.case.text ? <ContentExcerpt text={task.case.text} /> : null}
                      {task.case.sensitivityTags.length > 0 ? (
                        <StatusBadge tone="warn">{t('audits.queue.sensitive')}</StatusBadge>
                      ) : null}
                    </td>
                    <td>{task.moderator.name}</td>
                    <td>
                      <code>{task.market.code}</code>
                    </td>
                    <td>{task.queue}</td>
                    <td>
                      <span className={styles.code}>{task.decidedLabel}</span>
                    </td>
                    <td className={numericCell}>{day.format(new Date(`${task.day}T00:00:00Z`))}</td>
                    <td>
                      <TaskAssignee task={task} meId={data.me.id} auditors={auditors} />
                    </td>
                    <td>
                      {/* Someone else's task is theirs to audit; a lead may still open it. */}
                      {task.assignee && task.assignee.id !== data.me.id && !lead ? null : (
                        <Link
                          to={`/audits/${task.id}`}
                          className="button button-primary"
                          aria-label={t('audits.queue.auditNamed', { id: task.case.externalId })}
                        >
                          {t('audits.queue.audit')}
                        </Link>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      ) : null}
    </Page>
  );
}
