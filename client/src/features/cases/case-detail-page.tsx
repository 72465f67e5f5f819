import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DecisionCallout } from '../../components/callout';
import { CaseContent } from '../../components/case-content';
import { DocumentTitle } from '../../components/document-title';
import { Fact, Facts } from '../../components/facts';
import { marketDisplayName } from '../../components/market-name';
import { Page } from '../../components/page';
import { QueryState } from '../../components/query-state';
import { graphql } from '../../gql';
import styles from './cases.module.css';

export const CaseDetailQuery = graphql(`
  query CaseDetail($id: ID!) {
    case(id: $id) {
      id
      source
      externalId
      queue
      contentType
      text
      mediaUrl
      sensitivityTags
      decidedAt
      decision
      decisionLabel {
        key
        name
        description
        severity
      }
      market {
        id
        code
        name
      }
      team {
        id
        name
      }
      moderator {
        id
        name
        email
      }
      policy {
        id
        key
        title
      }
      policyVersion {
        id
        number
        status
      }
    }
  }
`);

/** One case: its content (sensitive media blurred until revealed) and the decision on it. */
export function CaseDetailPage() {
  const { t, i18n } = useTranslation();
  const { caseId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CaseDetailQuery, { variables: { id: caseId } });
  const item = data?.case;
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <Page width="md">
      <DocumentTitle title={t('cases.detail.title', { id: item?.externalId ?? '' })} />
      <header className={styles.header}>
        <p className={styles.breadcrumb}>
          <Link to="/cases">{t('cases.list.title')}</Link>
        </p>
        <h1 className={styles.title}>{t('cases.detail.title', { id: item?.externalId ?? '…' })}</h1>
        {item ? (
          <p className={styles.lead}>
            {t('cases.detail.lead', {
              market: marketDisplayName(item.market.code, item.market.name, i18n.language),
              queue: item.queue,
              date: dateTime.format(new Date(item.decidedAt)),
            })}
          </p>
        ) : null}
      </header>
      <QueryState
        loading={loading && !data}
        error={error}
        loadingLabel={t('cases.detail.loading')}
        errorTitle={t('cases.detail.loadFailed')}
        onRetry={() => void refetch()}
      />
      {item ? (
        <div className={styles.caseGrid}>
          <section className={styles.card} aria-labelledby="content-title">
            <h2 id="content-title" className={styles.cardTitle}>
              {t('cases.detail.content', { type: t(`cases.types.${item.contentType}`) })}
            </h2>
            <CaseContent item={item} />
          </section>
          <section className={styles.card} aria-labelledby="decision-title">
            <h2 id="decision-title" className={styles.cardTitle}>
              {t('cases.detail.decision')}
            </h2>
            <DecisionCallout>
              <span className={styles.decisionName}>{item.decisionLabel?.name ?? item.decision}</span>
              <span className={styles.small}>
                <span className={styles.code}>{item.decision}</span>
                {item.decisionLabel?.severity !== null && item.decisionLabel?.severity !== undefined
                  ? ` · ${t('cases.detail.severity', { value: item.decisionLabel.severity })}`
                  : ''}
              </span>
              {item.decisionLabel?.description ? (
                <span className={styles.small}>{item.decisionLabel.description}</span>
              ) : null}
            </DecisionCallout>
            <Facts>
              <Fact term={t('cases.fields.policy')}>
                <Link to={`/policies/${item.policy.id}?version=${item.policyVersion.id}`}>
                  {item.policy.title} · {t('cases.detail.version', { number: item.policyVersion.number })}
                </Link>
              </Fact>
              <Fact term={t('cases.fields.moderator')}>
                {item.moderator?.name ?? '—'} <span className={styles.muted}>({item.team.name})</span>
              </Fact>
              <Fact term={t('cases.fields.decidedAt')}>{dateTime.format(new Date(item.decidedAt))}</Fact>
              <Fact term={t('cases.fields.source')}>
                <span className={styles.code}>
                  {item.source} / {item.externalId}
                </span>
              </Fact>
              {item.sensitivityTags.length > 0 ? (
                <Fact term={t('cases.fields.tags')}>{item.sensitivityTags.join(', ')}</Fact>
              ) : null}
            </Facts>
          </section>
        </div>
      ) : null}
    </Page>
  );
}
