import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { ChallengeGoldForm, GoldChallengeList } from './gold-challenges';
import { ItemContent } from './item-content';
import { ItemNav } from './item-nav';
import { RevealPanel } from './reveal-panel';
import { ItemStateBadge } from './session-badges';
import type { Presence } from './session-events-subscriber';
import type { RoomItem, RoomSession, RoomViewer } from './room-types';
import { TallyPanel } from './tally-panel';
import { useItemChoice } from './use-item-choice';
import { VotePanel } from './vote-panel';
import styles from './room.module.css';

type Props = { session: RoomSession; viewer: RoomViewer; presence: Presence | null };

/**
 * An invited participant's room: it follows the item the facilitator has in play. They
 * may look back at items already opened; a newly opened item brings them to it.
 */
export function VoterView({ session, viewer, presence }: Props) {
  const { t } = useTranslation();
  const { current, chosen, choose, clear } = useItemChoice(session.items);
  const shown = chosen ?? current;
  const anyOpened = session.items.some((item) => item.state !== 'PENDING');

  return (
    <div className={styles.voterLayout}>
      <div className={styles.stage}>
        {shown ? (
          <VoterItem
            key={shown.id}
            session={session}
            item={shown}
            viewer={viewer}
            onBack={shown.id !== current?.id ? clear : undefined}
          />
        ) : (
          <Waiting session={session} />
        )}
      </div>
      <aside className={styles.side} aria-label={t('calibration.room.sideLabel')}>
        {anyOpened ? (
          <ItemNav
            items={session.items}
            selectedId={shown?.id ?? null}
            currentId={current?.id ?? null}
            onSelect={choose}
            openedOnly
          />
        ) : null}
        {session.status !== 'CLOSED' ? (
          <section className={styles.panel}>
            <h2 className={styles.panelTitle}>{t('calibration.presence.title')}</h2>
            <p className={styles.muted}>
              {presence
                ? t('calibration.presence.total', { count: presence.total })
                : t('calibration.presence.waiting')}
            </p>
            <p className={styles.muted}>{t('calibration.room.facilitatedBy', { name: session.facilitator.name })}</p>
          </section>
        ) : null}
      </aside>
    </div>
  );
}

function VoterItem({
  session,
  item,
  viewer,
  onBack,
}: {
  session: RoomSession;
  item: RoomItem;
  viewer: RoomViewer;
  onBack: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const labels = session.policyVersion.labels;
  const ownOpenChallenge = item.goldChallenges.some(
    (challenge) => challenge.status === 'OPEN' && challenge.raisedBy.id === viewer.id,
  );
  // Defence in depth: before the reveal a voter sees counts only in a blind session and
  // never the gold, whatever the server sends.
  const tally =
    session.mode === 'OPEN' || item.state === 'REVEALED' ? item.tally : { ...item.tally, distribution: null };

  return (
    <section className={styles.itemCard} aria-labelledby={headingId} data-testid="voter-item">
      <div className={styles.itemHead}>
        <h2 id={headingId} className={styles.itemTitle}>
          {t('calibration.room.itemOf', { position: item.position, total: session.items.length })}
        </h2>
        <ItemStateBadge state={item.state} />
        {onBack ? (
          <div className={styles.itemActions}>
            <button type="button" className="button button-secondary" onClick={onBack}>
              {t('calibration.room.backToCurrent')}
            </button>
          </div>
        ) : null}
      </div>
      <ItemContent key={item.id} case={item.case} />
      {item.state === 'VOTING' && session.status === 'LIVE' ? (
        <>
          <VotePanel key={item.id} itemId={item.id} labels={labels} myVote={item.myVote} />
          <TallyPanel tally={tally} labels={labels} mode={session.mode} revealed={false} />
        </>
      ) : null}
      {item.state === 'VOTING' && session.status !== 'LIVE' ? (
        <p className={styles.muted}>{t('calibration.room.votingEnded')}</p>
      ) : null}
      {item.state === 'REVEALED' ? (
        <>
          <RevealPanel
            labels={labels}
            tally={item.tally}
            gold={item.gold}
            votes={item.votes ?? []}
            mine={item.myVote}
          />
          <GoldChallengeList challenges={item.goldChallenges} labels={labels} />
          {item.gold ? <ChallengeGoldForm itemId={item.id} pending={ownOpenChallenge} /> : null}
        </>
      ) : null}
    </section>
  );
}

function Waiting({ session }: { session: RoomSession }) {
  const { t, i18n } = useTranslation();
  const name = session.facilitator.name;
  let title: string;
  let text: string;
  if (session.status === 'SCHEDULED') {
    title = t('calibration.waiting.startTitle');
    text = t('calibration.waiting.startText', {
      date: formatDateTime(session.scheduledAt, i18n.language),
      name,
    });
  } else if (session.status === 'LIVE') {
    title = t('calibration.waiting.itemTitle');
    text = t('calibration.waiting.itemText', { name });
  } else {
    title = t('calibration.waiting.closedTitle');
    text = t('calibration.waiting.closedText');
  }
  return (
    <section className={styles.waiting} data-testid="waiting">
      <span className={styles.waitingPulse} aria-hidden="true" />
      <h2 className={styles.itemTitle}>{title}</h2>
      <p className={styles.muted}>{text}</p>
      {session.status === 'CLOSED' ? (
        <Link to={`/calibration/${session.id}/results`} className="button button-primary">
          {t('calibration.room.viewResults')}
        </Link>
      ) : null}
    </section>
  );
}
