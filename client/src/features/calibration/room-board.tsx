import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { describeError } from '../../lib/error-message';
import { labelName } from '../../lib/format';
import { GoldChallengeList } from './gold-challenges';
import { ItemContent } from './item-content';
import { ItemNav } from './item-nav';
import { PresencePanel } from './presence-panel';
import { RevealPanel } from './reveal-panel';
import { nextPendingItem } from './room-state';
import { ItemStateBadge } from './session-badges';
import type { Presence } from './session-events-subscriber';
import { useCloseSession, useOpenItem, useRevealItem, useSetItemGold, useStartSession } from './session-mutations';
import type { RoomItem, RoomSession, RoomViewer } from './room-types';
import { TallyPanel } from './tally-panel';
import { useItemChoice } from './use-item-choice';
import styles from './room.module.css';

type Props = { session: RoomSession; viewer: RoomViewer; presence: Presence | null };

/**
 * The facilitator's room (and, without the controls, an observer's): the items with their
 * states, the selected item with its live tally and, once revealed, the distribution,
 * the gold and the rationales; presence by market beside it.
 */
export function RoomBoard({ session, viewer, presence }: Props) {
  const { t } = useTranslation();
  const { current, chosen, choose } = useItemChoice(session.items);
  const selected = chosen ?? current ?? nextPendingItem(session.items, null) ?? session.items[0] ?? null;

  return (
    <div className={styles.board}>
      <ItemNav
        items={session.items}
        selectedId={selected?.id ?? null}
        currentId={current?.id ?? null}
        onSelect={choose}
      />
      <div className={styles.stage}>
        {selected ? (
          <SelectedItem key={selected.id} session={session} item={selected} viewer={viewer} />
        ) : (
          <p className={styles.muted}>{t('calibration.room.noItems')}</p>
        )}
      </div>
      <aside className={styles.side} aria-label={t('calibration.room.sideLabel')}>
        {session.canDrive ? <SessionControls session={session} /> : null}
        {session.status !== 'CLOSED' ? (
          <PresencePanel presence={presence} markets={session.invitedMarkets} facilitatorId={session.facilitator.id} />
        ) : null}
      </aside>
    </div>
  );
}

function SelectedItem({ session, item, viewer }: { session: RoomSession; item: RoomItem; viewer: RoomViewer }) {
  const { t } = useTranslation();
  const labels = session.policyVersion.labels;
  const headingId = useId();
  const [confirmReveal, setConfirmReveal] = useState(false);
  const [open, opening] = useOpenItem();
  const [reveal, revealing] = useRevealItem();
  const error = opening.error ?? revealing.error;
  const failure = error ? describeError(error) : null;
  const live = session.status === 'LIVE';
  // After a reveal the next item is one click away.
  const next = item.state === 'REVEALED' ? nextPendingItem(session.items, item) : null;
  const canSetGold =
    (viewer.role === 'POLICY_OWNER' || viewer.role === 'ADMIN') &&
    !session.isParticipant &&
    session.status !== 'CLOSED';

  return (
    <section className={styles.itemCard} aria-labelledby={headingId} data-testid="selected-item">
      <div className={styles.itemHead}>
        <h2 id={headingId} className={styles.itemTitle}>
          {t('calibration.room.itemOf', { position: item.position, total: session.items.length })}
        </h2>
        <ItemStateBadge state={item.state} />
        {session.canDrive && live ? (
          <div className={styles.itemActions}>
            {item.state === 'PENDING' ? (
              <button
                type="button"
                className="button button-primary"
                disabled={opening.loading}
                onClick={() => void open({ variables: { input: { itemId: item.id } } }).catch(() => undefined)}
              >
                {t('calibration.room.openItem', { position: item.position })}
              </button>
            ) : null}
            {next ? (
              <button
                type="button"
                className="button button-secondary"
                disabled={opening.loading}
                onClick={() => void open({ variables: { input: { itemId: next.id } } }).catch(() => undefined)}
              >
                {t('calibration.room.openItem', { position: next.position })}
              </button>
            ) : null}
            {item.state === 'VOTING' ? (
              <button
                type="button"
                className="button button-primary"
                disabled={revealing.loading}
                onClick={() => setConfirmReveal(true)}
              >
                {t('calibration.room.revealItem', { position: item.position })}
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      {failure ? <Alert tone="error">{t(failure.key, failure.values)}</Alert> : null}
      <ItemContent key={item.id} case={item.case} />
      {item.state !== 'REVEALED' ? (
        <p className={styles.goldLine} data-testid="gold-line">
          {item.gold ? (
            <>
              <span>{t('calibration.room.goldBefore')}</span> <strong>{labelName(labels, item.gold)}</strong>{' '}
              <span className={styles.muted}>{t('calibration.room.goldHidden')}</span>
            </>
          ) : (
            <span className={styles.muted}>
              {session.canDrive || canSetGold ? t('calibration.room.noGoldYet') : t('calibration.room.goldSecret')}
            </span>
          )}
        </p>
      ) : null}
      {canSetGold ? <GoldEditor itemId={item.id} gold={item.gold ?? null} labels={labels} /> : null}
      {item.state === 'VOTING' ? (
        <TallyPanel tally={item.tally} labels={labels} mode={session.mode} revealed={false} />
      ) : null}
      {item.state === 'REVEALED' ? (
        <>
          <p className={styles.tallySummary}>
            {t('calibration.tally.voted', { voted: item.tally.voted, eligible: item.tally.eligible })}
          </p>
          <RevealPanel labels={labels} tally={item.tally} gold={item.gold} votes={item.votes ?? []} />
          <GoldChallengeList challenges={item.goldChallenges} labels={labels} />
        </>
      ) : null}
      {item.state === 'PENDING' && !live && session.status === 'SCHEDULED' && session.canDrive ? (
        <p className={styles.muted}>{t('calibration.room.startFirst')}</p>
      ) : null}
      <ConfirmDialog
        open={confirmReveal}
        title={t('calibration.room.revealConfirmTitle', { position: item.position })}
        confirmLabel={t('calibration.room.revealConfirm')}
        cancelLabel={t('calibration.common.cancel')}
        onCancel={() => setConfirmReveal(false)}
        onConfirm={() => {
          setConfirmReveal(false);
          void reveal({ variables: { input: { itemId: item.id } } }).catch(() => undefined);
        }}
      >
        <p>{t('calibration.room.revealConfirmText')}</p>
        <p>{t('calibration.tally.voted', { voted: item.tally.voted, eligible: item.tally.eligible })}</p>
      </ConfirmDialog>
    </section>
  );
}

function GoldEditor({
  itemId,
  gold,
  labels,
}: {
  itemId: string;
  gold: string | null;
  labels: RoomSession['policyVersion']['labels'];
}) {
  const { t } = useTranslation();
  const selectId = useId();
  const [value, setValue] = useState(gold ?? '');
  const [save, { loading, error }] = useSetItemGold();
  const failure = error ? describeError(error) : null;
  return (
    <form
      className={styles.goldEditor}
      onSubmit={(event) => {
        event.preventDefault();
        if (value) void save({ variables: { input: { itemId, label: value } } }).catch(() => undefined);
      }}
    >
      <label htmlFor={selectId} className={styles.fieldLabel}>
        {t('calibration.room.setGold')}
      </label>
      <div className={styles.inlineFields}>
        <select id={selectId} className="select" value={value} onChange={(event) => setValue(event.target.value)}>
          <option value="" disabled>
            {t('calibration.room.chooseGold')}
          </option>
          {labels.map((label) => (
            <option key={label.key} value={label.key}>
              {label.name}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-secondary" disabled={loading || !value || value === gold}>
          {t('calibration.room.saveGold')}
        </button>
      </div>
      {failure ? <Alert tone="error">{t(failure.key, failure.values)}</Alert> : null}
    </form>
  );
}

function SessionControls({ session }: { session: RoomSession }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [confirmClose, setConfirmClose] = useState(false);
  const [start, starting] = useStartSession();
  const [close, closing] = useCloseSession();
  const error = starting.error ?? closing.error;
  const failure = error ? describeError(error) : null;
  const unrevealed = session.items.filter((item) => item.state !== 'REVEALED').length;
  const revealed = session.items.length - unrevealed;

  return (
    <section className={styles.panel} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.panelTitle}>
        {t('calibration.room.controls')}
      </h2>
      <p className={styles.muted}>{t('calibration.room.progress', { revealed, total: session.items.length })}</p>
      {session.status === 'SCHEDULED' ? (
        <button
          type="button"
          className="button button-primary button-block"
          disabled={starting.loading}
          onClick={() => void start({ variables: { input: { sessionId: session.id } } }).catch(() => undefined)}
        >
          {t('calibration.room.start')}
        </button>
      ) : null}
      {session.status === 'LIVE' ? (
        <button
          type="button"
          className={`button button-block ${styles.buttonDangerOutline}`}
          disabled={closing.loading}
          onClick={() => setConfirmClose(true)}
        >
          {t('calibration.room.close')}
        </button>
      ) : null}
      {failure ? <Alert tone="error">{t(failure.key, failure.values)}</Alert> : null}
      <ConfirmDialog
        open={confirmClose}
        destructive
        title={t('calibration.room.closeConfirmTitle')}
        confirmLabel={t('calibration.room.closeConfirm')}
        cancelLabel={t('calibration.common.cancel')}
        onCancel={() => setConfirmClose(false)}
        onConfirm={() => {
          setConfirmClose(false);
          void close({ variables: { input: { sessionId: session.id } } }).catch(() => undefined);
        }}
      >
        <p>{t('calibration.room.closeConfirmText')}</p>
        {unrevealed > 0 ? <p>{t('calibration.room.closeUnrevealed', { count: unrevealed })}</p> : null}
      </ConfirmDialog>
    </section>
  );
}
