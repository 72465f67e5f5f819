import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state';
import { graphql } from '../../gql';
import type { AnalyticsDrillDownsQuery as DrillData, AnalyticsFilter } from '../../gql/graphql';
import { currentData } from '../../lib/current-data';
import { ConfusedPairsTable, ContestedItemsTable, DivergentItemsTable, MarketDriftTable } from './drill-downs';
import type { Period } from './export-name';
import styles from './analytics.module.css';

export const AnalyticsDrillDownsQuery = graphql(`
  query AnalyticsDrillDowns($filter: AnalyticsFilter) {
    contestedItems(filter: $filter, limit: 15) {
      sessionId
      sessionTitle
      itemId
      position
      caseId
      gold
      votes
      percentAgreement
      majority
      majorityShare
      distribution {
        label
        count
      }
      policyVersion {
        id
        number
        policy {
          id
          title
        }
        labels {
          key
          name
        }
      }
    }
    divergentItems(filter: $filter, limit: 15) {
      sessionId
      sessionTitle
      itemId
      position
      caseId
      gold
      votes
      majorityShare
      distribution {
        label
        count
      }
      policyVersion {
        id
        number
        policy {
          id
          title
        }
        labels {
          key
          name
        }
      }
      divergence
      markets {
        market {
          id
          code
        }
        votes
        majority
        majorityShare
        matchesGold
      }
    }
    confusedLabelPairs(filter: $filter, limit: 15) {
      policy {
        id
        title
        currentVersion {
          id
          labels {
            key
            name
          }
        }
      }
      labelA
      labelB
      disagreements
      share
      goldAChoseB
      goldBChoseA
    }
    marketDrift(filter: $filter) {
      market {
        id
        code
      }
      policy {
        id
        title
      }
      goldVotes
      accuracy {
        value
        reason
      }
      otherMarketsAccuracy {
        value
        reason
      }
      drift
      majorityMatchesGold {
        value
        reason
      }
    }
  }
`);

/**
 * The drill-down tables (label pairs, drift, contested and divergent items) for the page's
 * filter. They show what the current filter answered: while a new filter loads, the
 * previous tables stay, marked busy; if it fails, only the error (never the previous
 * filter's rows under it).
 */
export function DrillDownSection({ filter, period }: { filter: AnalyticsFilter; period: Period }) {
  const { t } = useTranslation();
  const drill = useQuery(AnalyticsDrillDownsQuery, { variables: { filter } });
  const data = currentData(drill);
  return (
    <>
      <QueryState
        loading={drill.loading}
        error={drill.error}
        hasData={Boolean(data)}
        loadingLabel={t('analytics.loading')}
        errorTitle={t('analytics.loadFailed')}
        onRetry={() => void drill.refetch()}
      />
      {data ? (
        <div className={styles.stack} data-testid="drill-downs" aria-busy={drill.loading}>
          <DrillDowns data={data} period={period} oneMarket={filter.marketIds?.length === 1} />
        </div>
      ) : null}
    </>
  );
}

function DrillDowns({ data, period, oneMarket }: { data: DrillData; period: Period; oneMarket: boolean }) {
  return (
    <>
      <div className={styles.grid2}>
        <ConfusedPairsTable rows={data.confusedLabelPairs} period={period} />
        <MarketDriftTable rows={data.marketDrift} period={period} />
      </div>
      <ContestedItemsTable rows={data.contestedItems} period={period} />
      <DivergentItemsTable rows={data.divergentItems} period={period} oneMarket={oneMarket} />
    </>
  );
}
