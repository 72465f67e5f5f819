import { useTranslation } from 'react-i18next';
import { marketDisplayName } from '../../components/market-name';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import styles from './dashboard.module.css';

export const MarketList_market = graphql(`
  fragment MarketList_market on Market {
    id
    code
    name
  }
`);

type MarketListProps = {
  markets: readonly FragmentType<typeof MarketList_market>[];
  ownMarketId: string;
};

export function MarketList(props: MarketListProps) {
  const { t, i18n } = useTranslation();
  const markets = getFragmentData(MarketList_market, props.markets);
  return (
    <section className={styles.card} aria-labelledby="markets-title">
      <div className={styles.cardHeader}>
        <h2 id="markets-title" className={styles.cardTitle}>
          {t('dashboard.markets.title')}
        </h2>
        <span className={styles.count}>{t('dashboard.markets.count', { count: markets.length })}</span>
      </div>
      {markets.length === 0 ? (
        <p className={styles.empty}>{t('dashboard.markets.empty')}</p>
      ) : (
        <ul role="list" className={styles.rows}>
          {markets.map((market) => (
            <li key={market.id} className={styles.row}>
              <code className={styles.code}>{market.code}</code>
              <span className={styles.rowMain}>{marketDisplayName(market.code, market.name, i18n.language)}</span>
              {market.id === props.ownMarketId ? (
                <span className={styles.tag}>{t('dashboard.markets.yours')}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
