import { useTranslation } from 'react-i18next';
import { Card } from '../../components/card';
import { ErrorAlert } from '../../components/error-alert';
import { MarketCode } from '../../components/market-code';
import { marketDisplayName } from '../../components/market-name';
import { ProgressBar } from '../../components/progress-bar';
import { formatDateTime } from '../../lib/format';
import type { RoomAcknowledgements, RoomPresence } from './briefing-events-subscriber';
import { useAcknowledgeBriefingVersion } from './briefing-mutations';
import type { RoomBriefing } from './room-briefing';
import styles from './briefing-room.module.css';
import shared from './briefings.module.css';

type Markets = readonly { code: string; name: string }[];

function useMarketName(markets: Markets) {
  const { i18n } = useTranslation();
  return (code: string) => marketDisplayName(code, markets.find((m) => m.code === code)?.name ?? code, i18n.language);
}

/** Who is in the room, counted by market: the broadcast names nobody. */
export function PresencePanel({ presence, markets }: { presence: RoomPresence; markets: Markets }) {
  const { t } = useTranslation();
  const nameOf = useMarketName(markets);
  return (
    <Card
      title={t('briefings.presence.title')}
      note={t('briefings.presence.total', { count: presence.total })}
      testId="presence"
    >
      {presence.markets.length === 0 ? (
        <p className={shared.muted}>{t('briefings.presence.nobody')}</p>
      ) : (
        <ul role="list" className={styles.panelList} aria-label={t('briefings.presence.byMarket')}>
          {presence.markets.map((row) => (
            <li key={row.market} className={styles.panelRow}>
              <span>
                <MarketCode code={row.market} /> {nameOf(row.market)}
              </span>
              <strong>{row.count}</strong>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/**
 * Attendees acknowledge the presented version here; the presenter watches the count per
 * audience market fill (live from `briefingEvents`).
 */
export function AcknowledgementPanel({
  briefing,
  acknowledgements,
}: {
  briefing: RoomBriefing;
  acknowledgements: RoomAcknowledgements;
}) {
  const { t, i18n } = useTranslation();
  const nameOf = useMarketName(briefing.audienceMarkets);
  const [acknowledge, { loading, error }] = useAcknowledgeBriefingVersion();
  const mine = briefing.policyVersion.myAcknowledgement;
  return (
    <Card
      title={t('briefings.ack.title')}
      note={t('briefings.ack.of', { done: acknowledgements.acknowledged, total: acknowledgements.audience })}
      testId="acknowledgements"
    >
      {!briefing.canPresent ? (
        mine ? (
          <p className={styles.done} role="status">
            {t('briefings.ack.done', {
              number: briefing.policyVersion.number,
              date: formatDateTime(mine.acknowledgedAt, i18n.language),
            })}
          </p>
        ) : (
          <div className={shared.inlineForm}>
            <p className={shared.muted}>{t('briefings.ack.prompt', { number: briefing.policyVersion.number })}</p>
            <button
              type="button"
              className="button button-primary"
              disabled={loading}
              onClick={() =>
                void acknowledge({ variables: { input: { briefingId: briefing.id } } }).catch(() => undefined)
              }
            >
              {t('briefings.ack.button')}
            </button>
            {error ? <ErrorAlert error={error} title={t('briefings.ack.failed')} /> : null}
          </div>
        )
      ) : null}
      {briefing.canPresent ? (
        acknowledgements.markets.length === 0 ? (
          <p className={shared.muted}>{t('briefings.ack.noAudience')}</p>
        ) : (
          <ul role="list" className={styles.panelList} aria-label={t('briefings.ack.byMarket')}>
            {acknowledgements.markets.map((row) => (
              <li key={row.market} className={shared.inlineForm} data-testid={`ack-${row.market}`}>
                <div className={styles.panelRow}>
                  <span>
                    <MarketCode code={row.market} /> {nameOf(row.market)}
                  </span>
                  <span className={shared.small}>
                    {t('briefings.ack.of', { done: row.acknowledged, total: row.audience })}
                  </span>
                </div>
                <ProgressBar label={nameOf(row.market)} value={row.acknowledged} max={row.audience} tone="good" live />
              </li>
            ))}
          </ul>
        )
      ) : null}
    </Card>
  );
}
