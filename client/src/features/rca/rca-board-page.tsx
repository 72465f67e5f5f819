import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Card } from '../../components/card';
import { DocumentTitle } from '../../components/document-title';
import { Page, PageHeader } from '../../components/page';
import { QueryState } from '../../components/query-state';
import { graphql } from '../../gql';
import type { ErrorCategory, RcaState } from '../../gql/graphql';
import { canAudit, canLeadQuality } from '../../lib/roles';
import { EscalationCard } from './escalation-card';
import { NewEscalationForm } from './new-escalation-form';
import { byState } from './overdue';
import styles from './rca.module.css';

export const RcaBoardQueryDocument = graphql(`
  query RcaBoard {
    me {
      id
      role
    }
    # 40: with each card's linked audits and cases the board's estimated cost must stay
    # under the server's limit (at the list's default of 50 it was 104,610 of 100,000).
    rcaEscalations(first: 40) {
      id
      state
      ...EscalationCard_escalation
    }
    markets {
      id
      code
      name
    }
    teams {
      id
      name
    }
    policies {
      id
      title
    }
    caseQueues
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

export const OverdueActionItemsQuery = graphql(`
  query OverdueActionItems {
    overdueRcaActionItems {
      id
      title
      dueDate
      owner {
        id
        name
      }
      escalation {
        id
        title
      }
    }
  }
`);

const STATES: readonly RcaState[] = ['OPEN', 'IN_PROGRESS', 'RESOLVED'];

/**
 * Root-cause analyses of error trends as a board: open, in progress, resolved. Each card
 * has its action items (overdue ones highlighted) and whether it worked: the error rate
 * of its category and scope before it was opened against after it was resolved.
 */
export function RcaBoardPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(RcaBoardQueryDocument, { fetchPolicy: 'cache-and-network' });
  const role = data?.me.role ?? null;
  const lead = canLeadQuality(role);
  const overdue = useQuery(OverdueActionItemsQuery, { skip: !lead, fetchPolicy: 'cache-and-network' });
  const creating = params.get('new') === '1';
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  const setCreating = (on: boolean) => setParams(on ? { new: '1' } : {}, { replace: true });
  const reload = () => {
    void refetch();
    if (lead) void overdue.refetch();
  };

  return (
    <Page width="lg">
      <DocumentTitle title={t('audits.rca.title')} />
      <PageHeader
        title={t('audits.rca.title')}
        lead={t('audits.rca.lead')}
        actions={
          canAudit(role) && !creating ? (
            <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
              {t('audits.rca.new')}
            </button>
          ) : null
        }
      />
      <QueryState
        loading={loading}
        error={error}
        hasData={Boolean(data)}
        loadingLabel={t('audits.rca.loading')}
        errorTitle={t('audits.rca.loadFailed')}
        onRetry={reload}
      />
      {data && creating ? (
        <NewEscalationForm
          board={data}
          preset={{
            errorCategory: (params.get('category') as ErrorCategory | null) ?? '',
            marketId: params.get('marketId') ?? '',
            fromTrend: params.get('category') !== null,
          }}
          onDone={() => setCreating(false)}
        />
      ) : null}
      {lead && overdue.data && overdue.data.overdueRcaActionItems.length > 0 ? (
        <Card
          title={t('audits.rca.overdueTitle', { count: overdue.data.overdueRcaActionItems.length })}
          titleId="rca-overdue"
          testId="rca-overdue"
        >
          <ul role="list" className={styles.actionItems}>
            {overdue.data.overdueRcaActionItems.map((item) => (
              <li key={item.id} className={styles.actionItem} data-overdue="true">
                <strong>{item.title}</strong>
                <span className={styles.small}>
                  {item.escalation.title} · {item.owner?.name ?? '—'} ·{' '}
                  <span className={styles.overdueText}>
                    {t('audits.rca.dueOn', { date: day.format(new Date(`${item.dueDate}T00:00:00Z`)) })}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {data ? (
        <div className={styles.board}>
          {byState(data.rcaEscalations, STATES).map((column) => (
            <section
              key={column.state}
              className={styles.column}
              aria-labelledby={`rca-${column.state}`}
              data-testid={`rca-column-${column.state}`}
            >
              <h2 id={`rca-${column.state}`} className={styles.columnTitle}>
                <span>{t(`audits.rca.state.${column.state}`)}</span>
                <span className={styles.count}>{column.items.length}</span>
              </h2>
              {column.items.length === 0 ? (
                <p className={`${styles.small} ${styles.muted}`}>{t('audits.rca.none')}</p>
              ) : null}
              {column.items.map((escalation) => (
                <EscalationCard key={escalation.id} escalation={escalation} board={data} />
              ))}
            </section>
          ))}
        </div>
      ) : null}
    </Page>
  );
}
