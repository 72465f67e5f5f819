import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/query-state';
import { Table, TableHead } from '../../components/table';
import type { MarketRow_MarketFragment } from '../../gql/graphql';
import { MarketForm } from './market-form';
import styles from './org.module.css';

/** Markets (platform admins): each one's code, name, language and time zone; add or change one. */
export function MarketsSection({ markets }: { markets: readonly MarketRow_MarketFragment[] }) {
  const { t } = useTranslation();
  // 'new' while adding one; a market's id while changing it.
  const [editing, setEditing] = useState<string | null>(null);
  const edited = markets.find((market) => market.id === editing);
  return (
    <Card
      title={t('org.markets.title')}
      note={t('org.markets.count', { count: markets.length })}
      lead={t('org.markets.lead')}
      tools={
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={editing === 'new'}
          onClick={() => setEditing((current) => (current === 'new' ? null : 'new'))}
        >
          {t('org.markets.addTitle')}
        </button>
      }
      testId="org-markets"
    >
      {editing === 'new' ? (
        <div className={styles.addRow}>
          <MarketForm onClose={() => setEditing(null)} />
        </div>
      ) : null}
      {edited ? (
        <div className={styles.addRow}>
          <MarketForm key={edited.id} market={edited} onClose={() => setEditing(null)} />
        </div>
      ) : null}
      {markets.length === 0 ? (
        <EmptyState>{t('org.markets.empty')}</EmptyState>
      ) : (
        <Table label={t('org.markets.title')}>
          <TableHead
            columns={[
              { label: t('org.markets.code') },
              { label: t('org.markets.name') },
              { label: t('org.markets.language') },
              { label: t('org.markets.timeZone') },
              { label: t('org.actions'), hidden: true },
            ]}
          />
          <tbody>
            {markets.map((market) => (
              <tr key={market.id} data-testid="market-row" data-code={market.code}>
                <th scope="row">
                  <code>{market.code}</code>
                </th>
                <td>{market.name}</td>
                <td>
                  <code>{market.language}</code>
                </td>
                <td>{market.timeZone}</td>
                <td>
                  <div className={styles.rowActions}>
                    <button
                      type="button"
                      className="button button-secondary"
                      aria-label={t('org.markets.editTitle', { code: market.code })}
                      onClick={() => setEditing(market.id)}
                    >
                      {t('org.edit')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
