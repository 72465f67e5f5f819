import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, textProblem } from './text-limits';
import styles from './briefings.module.css';

/** A moderation reason, checked as it is typed (too long) and on submit (empty). */
export function useReason() {
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const problem = textProblem(reason, LIMITS.reason);
  return {
    reason,
    setReason,
    problem,
    showProblem: problem === 'tooLong' || (tried && problem !== null),
    /** Marks the form submitted; true when the reason may go. */
    check: () => (setTried(true), problem === null),
  };
}

export function ReasonInput({ field, label }: { field: ReturnType<typeof useReason>; label: string }) {
  const { t } = useTranslation();
  const fieldId = useId();
  return (
    <>
      <label htmlFor={fieldId} className={styles.small}>
        {label}
      </label>
      <input
        id={fieldId}
        className={styles.textarea}
        style={{ minHeight: 36 }}
        value={field.reason}
        maxLength={LIMITS.reason * 2}
        aria-invalid={field.showProblem ? true : undefined}
        onChange={(event) => field.setReason(event.target.value)}
      />
      {field.showProblem ? (
        <p className={styles.fieldError}>
          {field.problem === 'empty'
            ? t('briefings.moderate.reasonEmpty')
            : t('briefings.moderate.reasonTooLong', { max: LIMITS.reason })}
        </p>
      ) : null}
    </>
  );
}
