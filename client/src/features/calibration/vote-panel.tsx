import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { describeError } from '../../lib/error-message';
import { useCastVote } from './session-mutations';
import { shortcutKey, shortcutLabelIndex } from './vote-shortcuts';
import room from './room.module.css';
import styles from './vote-panel.module.css';

type Props = {
  itemId: string;
  labels: readonly { key: string; name: string; description: string }[];
  myVote: { label?: string | null; abstained: boolean; rationale?: string | null; version: number } | null | undefined;
};

/**
 * The voter's ballot for the open item: the taxonomy as large buttons (keys 1..9 too), an
 * abstention, an optional rationale. The vote can change until the item is revealed. It
 * shows only the viewer's own vote: nothing here knows what anyone else chose.
 */
export function VotePanel({ itemId, labels, myVote }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const rationaleId = useId();
  const [rationale, setRationale] = useState(myVote?.rationale ?? '');
  // The choice on its way to the server: a label key, null for an abstention.
  const [sending, setSending] = useState<string | null | undefined>(undefined);
  const [castVote, { error }] = useCastVote(itemId);

  const vote = useCallback(
    async (label: string | null) => {
      const text = rationale.trim() || null;
      setSending(label);
      try {
        // A value, not a literal: the generated types leave out the __typename Apollo wants.
        const optimistic = {
          __typename: 'CastVotePayload' as const,
          vote: {
            __typename: 'MyVote' as const,
            label,
            abstained: label === null,
            rationale: text,
            version: myVote?.version ?? 0,
          },
        };
        await castVote({
          variables: { input: { itemId, label, rationale: text } },
          optimisticResponse: { castVote: optimistic },
        });
      } catch {
        // Shown from `error` below; the optimistic vote is rolled back by Apollo.
      } finally {
        setSending(undefined);
      }
    },
    [castVote, itemId, myVote?.version, rationale],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const index = shortcutLabelIndex(event, labels.length);
      if (index === null) return;
      event.preventDefault();
      void vote(labels[index]!.key);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [labels, vote]);

  const busy = sending !== undefined;
  const savedRationale = myVote?.rationale ?? '';
  const rationaleChanged = Boolean(myVote) && rationale.trim() !== savedRationale;
  const failure = error ? describeError(error) : null;

  return (
    <section className={styles.ballot} aria-labelledby={titleId} aria-busy={busy}>
      <div className={styles.ballotHead}>
        <h3 id={titleId} className={room.panelTitle}>
          {t('calibration.vote.title')}
        </h3>
        <p className={room.muted}>
          {t('calibration.vote.keysHint', { last: shortcutKey(Math.min(labels.length, 9) - 1) ?? '1' })}
        </p>
      </div>
      <div role="group" aria-labelledby={titleId} className={styles.labelGrid}>
        {labels.map((label, index) => {
          const key = shortcutKey(index);
          const chosen = !myVote?.abstained && myVote?.label === label.key;
          return (
            <button
              key={label.key}
              type="button"
              className={`${styles.labelButton} ${chosen ? styles.labelButtonChosen : ''}`}
              aria-label={label.name}
              aria-pressed={chosen}
              aria-keyshortcuts={key ?? undefined}
              aria-describedby={label.description ? `${titleId}-label-${label.key}` : undefined}
              disabled={busy && sending !== label.key}
              onClick={() => void vote(label.key)}
            >
              {key ? (
                <kbd className={styles.key} aria-hidden="true">
                  {key}
                </kbd>
              ) : null}
              <span className={styles.labelName}>{label.name}</span>
              {chosen ? (
                <span className={styles.check} aria-hidden="true">
                  ✓
                </span>
              ) : null}
              {label.description ? (
                <span id={`${titleId}-label-${label.key}`} className={styles.labelDescription}>
                  {label.description}
                </span>
              ) : null}
            </button>
          );
        })}
      </div>
      <div className={styles.abstain}>
        <button
          type="button"
          className={`button button-secondary ${myVote?.abstained ? styles.abstainChosen : ''}`}
          aria-pressed={Boolean(myVote?.abstained)}
          aria-describedby={`${titleId}-abstain`}
          disabled={busy && sending !== null}
          onClick={() => void vote(null)}
        >
          {t('calibration.vote.abstain')}
        </button>
        <p id={`${titleId}-abstain`} className={room.muted}>
          {t('calibration.vote.abstainHint')}
        </p>
      </div>
      <div className={styles.rationaleField}>
        <label htmlFor={rationaleId} className={room.fieldLabel}>
          {t('calibration.vote.rationale')}
        </label>
        <textarea
          id={rationaleId}
          className={`input ${room.textarea}`}
          rows={3}
          maxLength={2000}
          placeholder={t('calibration.vote.rationalePlaceholder')}
          value={rationale}
          onChange={(event) => setRationale(event.target.value)}
        />
        {rationaleChanged ? (
          <div>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => void vote(myVote?.abstained ? null : (myVote?.label ?? null))}
            >
              {t('calibration.vote.saveRationale')}
            </button>
          </div>
        ) : null}
      </div>
      <p
        className={myVote ? styles.votedState : styles.notVoted}
        role="status"
        aria-live="polite"
        data-testid="vote-state"
      >
        {myVote
          ? myVote.abstained
            ? t('calibration.vote.abstainedState')
            : t('calibration.vote.votedState')
          : t('calibration.vote.notVoted')}
      </p>
      {failure ? (
        <Alert tone="error" title={t('calibration.vote.failed')}>
          {t(failure.key, failure.values)}
        </Alert>
      ) : null}
    </section>
  );
}
