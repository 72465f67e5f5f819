import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { useFileAppeal } from './audit-mutations';
import forms from '../../components/form.module.css';
import styles from './audits.module.css';

const REASON_MIN = 10;
const REASON_MAX = 2000;

/** The moderator's appeal of a verdict: why they think it is wrong. One open appeal per audit. */
export function AppealForm({ auditId, onDone }: { auditId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [appeal, appealing] = useFileAppeal();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = reason.trim();
    const bad = trimmed.length < REASON_MIN || trimmed.length > REASON_MAX;
    setInvalid(bad);
    if (bad) return;
    try {
      await appeal({ variables: { input: { auditId, reason: trimmed } } });
      onDone();
    } catch {
      // Shown from `appealing.error`.
    }
  }

  return (
    <form className={forms.form} onSubmit={(event) => void submit(event)} noValidate>
      <label className={forms.field}>
        {t('audits.appeal.reason')}
        <span className={forms.hint}>{t('audits.appeal.reasonHint', { min: REASON_MIN })}</span>
        <textarea
          className="input"
          value={reason}
          maxLength={REASON_MAX}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-error` : undefined}
        />
        {invalid ? (
          <span id={`${id}-error`} className={styles.incorrect} role="alert">
            {t('audits.appeal.reasonError', { min: REASON_MIN, max: REASON_MAX })}
          </span>
        ) : null}
      </label>
      {appealing.error ? <ErrorAlert error={appealing.error} title={t('audits.appeal.failed')} /> : null}
      <div className={forms.actions}>
        <button type="submit" className="button button-primary" disabled={appealing.loading}>
          {appealing.loading ? t('audits.appeal.sending') : t('audits.appeal.send')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('audits.appeal.cancel')}
        </button>
      </div>
    </form>
  );
}
