import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { DocumentTitle } from '../../components/document-title';
import { LoadingState } from '../../components/loading-state';
import { marketDisplayName } from '../../components/market-name';
import { Page } from '../../components/page';
import { graphql } from '../../gql';
import { describeError } from '../../lib/error-message';
import { MarketList } from './market-list';
import { ProfileCard } from './profile-card';
import { TeamList } from './team-list';
import styles from './dashboard.module.css';

export const DashboardQuery = graphql(`
  query Dashboard {
    me {
      id
      name
      role
      market {
        id
        code
        name
      }
      team {
        id
      }
      ...ProfileCard_user
    }
    markets {
      id
      ...MarketList_market
    }
    teams {
      id
      ...TeamList_team
    }
  }
`);

/** The landing page: who you are in Concord, and which markets and teams you can see. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const { data, error, loading, refetch } = useQuery(DashboardQuery, { notifyOnNetworkStatusChange: true });

  return (
    <Page width="md">
      <DocumentTitle title={t('dashboard.documentTitle')} />
      {data ? (
        <>
          <header className={styles.header}>
            <h1 className={styles.title}>{t('dashboard.greeting', { name: data.me.name })}</h1>
            <p className={styles.lead}>
              {t('dashboard.lead', {
                role: t(`roles.${data.me.role}`),
                market: marketDisplayName(data.me.market.code, data.me.market.name, i18n.language),
              })}
            </p>
          </header>
          <div className={styles.grid}>
            <ProfileCard user={data.me} />
            <MarketList markets={data.markets} ownMarketId={data.me.market.id} />
            <TeamList teams={data.teams} ownTeamId={data.me.team?.id ?? null} />
          </div>
        </>
      ) : (
        <header className={styles.header}>
          <h1 className={styles.title}>{t('dashboard.title')}</h1>
        </header>
      )}
      {loading && !data ? <LoadingState label={t('dashboard.loading')} /> : null}
      {error && !loading ? (
        <Alert
          tone="error"
          title={t('dashboard.loadFailed')}
          action={
            <button type="button" className="button button-secondary" onClick={() => void refetch()}>
              {t('common.retry')}
            </button>
          }
        >
          {(() => {
            const message = describeError(error);
            return t(message.key, message.values);
          })()}
        </Alert>
      ) : null}
    </Page>
  );
}
