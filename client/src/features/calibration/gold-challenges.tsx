import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { describeError } from '../../lib/error-message';
import { formatDateTime, labelName } from '../../lib/format';
import { useChallengeGold } from './session-mutations';
import styles from './gold-challenges.module.css';
import room from './room.module.css';

export const GoldChallenges_challenge = graphql(`
  fragment GoldChallenges_challenge on GoldChallenge {
    id
    status
    reason
    goldAtChallenge
    newGold
    resolutionNote
    createdAt
    raisedBy {
      id
      name
    }
  }
`);

type Labels = readonly { key: string; name: string }[];

/** Challenges raised on an item's gold, with their outcome. */
export function GoldChallengeList(props: {
  challenges: readonly FragmentType<typeof GoldChallenges_challenge>[];
  labels: Labels;
}) {
  const { t, i18n } = useTranslation();
  const challengesId = useId();
  const challenges = getFragmentData(GoldChallenges_challenge, props.challenges);
  if (challenges.length === 0) return null;
  return (
    <section className={styles.challenges} aria-labelledby={challengesId}>
      <h4 id={challengesId} className={room.subTitle}>
        {t('calibration.challenge.listTitle', { count: challenges.length })}
      </h4>
      <ul role="list" className={styles.challengeList}>
        {challenges.map((challenge) => (
          <li key={challenge.id} className={styles.challenge}>
            <p className={styles.challengeHead}>
              <strong>{challenge.raisedBy.name}</strong>
              <span className={room.muted}>{formatDateTime(challenge.createdAt, i18n.language)}</span>
              <span className={`${styles.challengeStatus} ${styles[`challenge${challenge.status}`] ?? ''}`}>
                {t(`calibration.challenge.status.${challenge.status}`)}
              </span>
            </p>
            <p>{challenge.reason}</p>
            {challenge.status === 'CHANGED' && challenge.newGold ? (
              <p className={room.muted}>
                {t('calibration.challenge.changed', {
                  from: labelName(props.labels, challenge.goldAtChallenge),
                  to: labelName(props.labels, challenge.newGold),
                })}
              </p>
            ) : null}
            {challenge.resolutionNote ? <p className={room.muted}>{challenge.resolutionNote}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

const MIN_REASON = 5;
const MAX_REASON = 2000;

/**
 * A participant disputes the gold of a revealed item with a reason; the policy owner
 * upholds or changes it later. The new challenge joins the item's list at once; while the
 * viewer's own challenge is open (`pending`), they cannot raise another (the server's rule).
 */
export function ChallengeGoldForm({ itemId, pending }: { itemId: string; pending: boolean }) {
  const { t } = useTranslation();
  const reasonId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [challenge, { loading, error, reset }] = useChallengeGold();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = reason.trim();
    if (text.length < MIN_REASON) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    try {
      await challenge({ variables: { input: { itemId, reason: text } } });
      setOpen(false);
      setReason('');
    } catch {
      // Shown from `error` below.
    }
  }

  if (pending) return <Alert tone="info">{t('calibration.challenge.sent')}</Alert>;

  if (!open) {
    return (
      <div className={styles.challengeAction}>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            reset();
            setOpen(true);
          }}
        >
          {t('calibration.challenge.open')}
        </button>
      </div>
    );
  }

  const failure = error ? describeError(error) : null;
  return (
    <form className={styles.challengeForm} onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={reasonId} className={room.fieldLabel}>
        {t('calibration.challenge.reasonLabel')}
      </label>
      <p className={room.muted}>{t('calibration.challenge.reasonHint')}</p>
      <textarea
        id={reasonId}
        className={`input ${room.textarea}`}
        rows={3}
        maxLength={MAX_REASON}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${reasonId}-error` : undefined}
      />
      {invalid ? (
        <p id={`${reasonId}-error`} className={styles.fieldError}>
          {t('calibration.challenge.reasonTooShort', { count: MIN_REASON })}
        </p>
      ) : null}
      {failure ? <Alert tone="error">{t(failure.key, failure.values)}</Alert> : null}
      <div className={styles.formActions}>
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? t('calibration.challenge.sending') : t('calibration.challenge.submit')}
        </button>
        <button type="button" className="button button-ghost" onClick={() => setOpen(false)}>
          {t('calibration.common.cancel')}
        </button>
      </div>
    </form>
  );
}
