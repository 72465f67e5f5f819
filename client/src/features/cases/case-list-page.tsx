import { useQuery } from '@apollo/client/react';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAddressParams } from '../../app/address-params';
import { Alert } from '../../components/alert';
import { DocumentTitle } from '../../components/document-title';
import { marketDisplayName } from '../../components/market-name';
import { Page } from '../../components/page';
import { QueryState } from '../../components/query-state';
import { Table } from '../../components/table';
import { TextField } from '../../components/text-field';
import { graphql } from '../../gql';
import {
  hasFilters,
  readFilterParams,
  toCaseSort,
  toCasesFilter,
  writeFilterParam,
  type CaseFilterParams,
} from './case-filters';
import styles from './cases.module.css';

const PAGE_SIZE = 50;

export const CaseFilterOptionsQuery = graphql(`
  query CaseFilterOptions {
    markets {
      id
      code
      name
    }
    policies {
      id
      key
      title
      versions {
        id
        labels {
          key
          name
        }
      }
    }
    caseQueues
  }
`);

export const CaseListQuery = graphql(`
  query CaseList($filter: CasesFilter, $page: PageInput, $sort: CaseSort) {
    cases(filter: $filter, page: $page, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          externalId
          decidedAt
          queue
          contentType
          text
          sensitive
          decision
          decisionLabel {
            name
          }
          market {
            id
            code
            name
          }
          policy {
            id
            key
          }
          policyVersion {
            id
            number
          }
          moderator {
            id
            name
          }
        }
      }
    }
  }
`);

/** Cases the viewer may see, filtered by market, policy, queue, decision, type, days and text. */
export function CaseListPage() {
  const { t, i18n } = useTranslation();
  const [searchParams, updateSearchParams] = useAddressParams();
  const params = readFilterParams(searchParams);
  const deferredSearch = useDeferredValue(params.q);
  // Apollo compares variables by value: a new object with the same filters is the same query.
  const filter = toCasesFilter({ ...params, q: deferredSearch });
  const options = useQuery(CaseFilterOptionsQuery);
  const { data, loading, error, refetch, fetchMore } = useQuery(CaseListQuery, {
    variables: { filter, page: { first: PAGE_SIZE }, sort: toCaseSort(params) },
    notifyOnNetworkStatusChange: true,
  });
  const set = (name: keyof CaseFilterParams, value: string) =>
    updateSearchParams((current) => writeFilterParam(current, name, value), { replace: true });

  const decisionLabels = useMemo(() => {
    const policy = options.data?.policies.find((p) => p.id === params.policy);
    const labels = new Map<string, string>();
    for (const version of policy?.versions ?? [])
      for (const l of version.labels) if (!labels.has(l.key)) labels.set(l.key, l.name);
    return [...labels];
  }, [options.data, params.policy]);

  const loadMore = () =>
    fetchMore({
      variables: { page: { first: PAGE_SIZE, after: data?.cases.pageInfo.endCursor } },
      updateQuery: (previous, { fetchMoreResult }) => ({
        cases: { ...fetchMoreResult.cases, edges: [...previous.cases.edges, ...fetchMoreResult.cases.edges] },
      }),
    });

  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Page width="md">
      <DocumentTitle title={t('cases.list.title')} />
      <header className={styles.header}>
        <h1 className={styles.title}>{t('cases.list.title')}</h1>
        <p className={styles.lead}>{t('cases.list.lead')}</p>
      </header>

      <section className={styles.card} aria-label={t('cases.filters.title')} role="search">
        <div className={styles.filters}>
          <div className={styles.search}>
            <TextField
              label={t('cases.filters.search')}
              type="search"
              value={params.q}
              onChange={(e) => set('q', e.target.value)}
            />
          </div>
          <label className={styles.fieldLabel}>
            {t('cases.filters.market')}
            <select className="select" value={params.market} onChange={(e) => set('market', e.target.value)}>
              <option value="">{t('cases.filters.all')}</option>
              {options.data?.markets.map((m) => (
                <option key={m.id} value={m.id}>
                  {marketDisplayName(m.code, m.name, i18n.language)}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.fieldLabel}>
            {t('cases.filters.policy')}
            <select className="select" value={params.policy} onChange={(e) => set('policy', e.target.value)}>
              <option value="">{t('cases.filters.all')}</option>
              {options.data?.policies.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.fieldLabel}>
            {t('cases.filters.decision')}
            <select
              className="select"
              value={params.decision}
              onChange={(e) => set('decision', e.target.value)}
              disabled={!params.policy}
              title={params.policy ? undefined : t('cases.filters.decisionNeedsPolicy')}
            >
              <option value="">
                {params.policy ? t('cases.filters.all') : t('cases.filters.decisionNeedsPolicy')}
              </option>
              {decisionLabels.map(([key, name]) => (
                <option key={key} value={key}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.fieldLabel}>
            {t('cases.filters.queue')}
            <select className="select" value={params.queue} onChange={(e) => set('queue', e.target.value)}>
              <option value="">{t('cases.filters.all')}</option>
              {options.data?.caseQueues.map((q) => (
                <option key={q} value={q}>
                  {q}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.fieldLabel}>
            {t('cases.filters.type')}
            <select className="select" value={params.type} onChange={(e) => set('type', e.target.value)}>
              <option value="">{t('cases.filters.all')}</option>
              {(['TEXT', 'IMAGE', 'VIDEO'] as const).map((type) => (
                <option key={type} value={type}>
                  {t(`cases.types.${type}`)}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.fieldLabel}>
            {t('cases.filters.from')}
            <input className="input" type="date" value={params.from} onChange={(e) => set('from', e.target.value)} />
          </label>
          <label className={styles.fieldLabel}>
            {t('cases.filters.to')}
            <input className="input" type="date" value={params.to} onChange={(e) => set('to', e.target.value)} />
          </label>
          <label className={styles.fieldLabel}>
            {t('cases.filters.sort')}
            <select
              className="select"
              value={params.sort || 'newest'}
              onChange={(e) => set('sort', e.target.value === 'newest' ? '' : e.target.value)}
            >
              <option value="newest">{t('cases.filters.newest')}</option>
              <option value="oldest">{t('cases.filters.oldest')}</option>
            </select>
          </label>
        </div>
        <div className={styles.filterFooter}>
          <span className={styles.muted} role="status">
            {data ? t('cases.list.count', { count: data.cases.totalCount }) : ''}
          </span>
          {hasFilters(params) ? (
            <button
              type="button"
              className="button button-ghost"
              onClick={() => updateSearchParams(() => new URLSearchParams(), { replace: true })}
            >
              {t('cases.filters.clear')}
            </button>
          ) : null}
        </div>
      </section>

      <QueryState
        loading={loading && !data}
        error={error}
        loadingLabel={t('cases.list.loading')}
        errorTitle={t('cases.list.loadFailed')}
        onRetry={() => void refetch()}
      />
      {data && data.cases.edges.length === 0 ? <Alert tone="info">{t('cases.list.empty')}</Alert> : null}
      {data && data.cases.edges.length > 0 ? (
        <Table roomy framed>
          <thead>
            <tr>
              <th scope="col">{t('cases.fields.decidedAt')}</th>
              <th scope="col">{t('cases.fields.content')}</th>
              <th scope="col">{t('cases.fields.market')}</th>
              <th scope="col">{t('cases.fields.policy')}</th>
              <th scope="col">{t('cases.fields.decision')}</th>
              <th scope="col">{t('cases.fields.moderator')}</th>
            </tr>
          </thead>
          <tbody>
            {data.cases.edges.map(({ node }) => (
              <tr key={node.id}>
                <td className={styles.nowrap}>
                  <Link to={`/cases/${node.id}`}>{dateTime.format(new Date(node.decidedAt))}</Link>
                  <div className={`${styles.small} ${styles.muted}`}>{node.queue}</div>
                </td>
                <td>
                  <span className={styles.badge}>{t(`cases.types.${node.contentType}`)}</span>{' '}
                  {node.sensitive ? (
                    <span className={`${styles.badge} ${styles.badgeSensitive}`}>{t('cases.list.sensitive')}</span>
                  ) : null}
                  {node.text ? <div className={styles.excerpt}>{node.text}</div> : null}
                </td>
                <td className={styles.nowrap}>
                  {marketDisplayName(node.market.code, node.market.name, i18n.language)}
                </td>
                <td className={styles.nowrap}>
                  <span className={styles.code}>{node.policy.key}</span> v{node.policyVersion.number}
                </td>
                <td>{node.decisionLabel?.name ?? node.decision}</td>
                <td>{node.moderator?.name ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {data?.cases.pageInfo.hasNextPage ? (
        <div className={styles.more}>
          <button type="button" className="button button-secondary" disabled={loading} onClick={() => void loadMore()}>
            {t('cases.list.more', { shown: data.cases.edges.length, total: data.cases.totalCount })}
          </button>
        </div>
      ) : null}
    </Page>
  );
}
