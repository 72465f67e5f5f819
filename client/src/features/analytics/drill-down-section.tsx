import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { graphql } from '../../gql';
import type { AnalyticsDrillDownsQuery as DrillData, AnalyticsFilter } from '../../gql/graphql';
import type { Period } from './data-table';
import { ConfusedPairsTable, ContestedItemsTable, DivergentItemsTable, MarketDriftTable } from './drill-downs';
import styles from './analytics.module.css';

export const AnalyticsDrillDownsQuery = graphql(`
  query AnalyticsDrillDowns($filter: AnalyticsFilter, $divergenceFilter: AnalyticsFilter) {
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
    divergentItems(filter: $divergenceFilter, limit: 15) {
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
      allMarketsAccuracy {
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

/** The drill-down tables (label pairs, drift, contested and divergent items) for the page's filter. */
export function DrillDownSection({
  filter,
  period,
  marketsFiltered,
}: {
  filter: AnalyticsFilter;
  period: Period;
  marketsFiltered: boolean;
}) {
  const { t } = useTranslation();
  // Divergence compares every market on an item, so the server takes it without a market filter.
  const { marketIds: _markets, ...divergenceFilter } = filter;
  const drill = useQuery(AnalyticsDrillDownsQuery, { variables: { filter, divergenceFilter } });
  return (
    <>
      {drill.error ? (
        <ErrorAlert error={drill.error} title={t('analytics.loadFailed')} onRetry={() => void drill.refetch()} />
      ) : null}
      {(drill.data ?? drill.previousData) ? (
        <DrillDowns data={(drill.data ?? drill.previousData)!} period={period} marketsFiltered={marketsFiltered} />
      ) : drill.loading ? (
        <LoadingState label={t('analytics.loading')} />
      ) : null}
    </>
  );
}

function DrillDowns({ data, period, marketsFiltered }: { data: DrillData; period: Period; marketsFiltered: boolean }) {
  return (
    <>
      <div className={styles.grid2}>
        <ConfusedPairsTable rows={data.confusedLabelPairs} period={period} />
        <MarketDriftTable rows={data.marketDrift} period={period} />
      </div>
      <ContestedItemsTable rows={data.contestedItems} period={period} />
      <DivergentItemsTable rows={data.divergentItems} period={period} allMarkets={marketsFiltered} />
    </>
  );
}
