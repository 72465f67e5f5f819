import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { marketDisplayName } from '../../components/market-name';
import type { Presence } from './session-events-subscriber';
import styles from './presence-panel.module.css';
import room from './room.module.css';

type Props = {
  presence: Presence | null;
  markets: readonly { code: string; name: string }[];
  facilitatorId: string;
};

/** Who is connected to the room: counted by market, and named (the first hundred, as the server sends). */
export function PresencePanel({ presence, markets, facilitatorId }: Props) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const nameOf = (code: string) =>
    marketDisplayName(code, markets.find((m) => m.code === code)?.name ?? code, i18n.language);

  return (
    <section className={room.panel} aria-labelledby={titleId} data-testid="presence">
      <div className={styles.panelHead}>
        <h2 id={titleId} className={room.panelTitle}>
          {t('calibration.presence.title')}
        </h2>
        {presence ? (
          <span className={styles.count}>{t('calibration.presence.total', { count: presence.total })}</span>
        ) : null}
      </div>
      {!presence ? (
        <p className={room.muted}>{t('calibration.presence.waiting')}</p>
      ) : (
        <>
          <ul role="list" className={styles.marketCounts} aria-label={t('calibration.presence.byMarket')}>
            {presence.markets.map((market) => (
              <li key={market.market}>
                <code>{market.market}</code>
                <span className={styles.marketName}>{nameOf(market.market)}</span>
                <strong>{market.count}</strong>
              </li>
            ))}
          </ul>
          <ul role="list" className={styles.people} aria-label={t('calibration.presence.people')}>
            {presence.present.map((person) => (
              <li key={person.userId}>
                <span className={styles.onlineDot} aria-hidden="true" />
                <span className={styles.personName}>{person.name}</span>
                <code>{person.market}</code>
                {!person.participant ? (
                  <span className={styles.roleTag}>
                    {person.userId === facilitatorId
                      ? t('calibration.presence.facilitator')
                      : t('calibration.presence.observer')}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          {presence.total > presence.present.length ? (
            <p className={room.muted}>
              {t('calibration.presence.more', { count: presence.total - presence.present.length })}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
