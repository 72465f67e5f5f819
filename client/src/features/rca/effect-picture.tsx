import { useTranslation } from 'react-i18next';
import { MeterBar } from '../../components/meter';
import { rateChange } from './overdue';
import forms from '../../components/form.module.css';
import styles from './rca.module.css';

type Window = { audits: number; errors: number; rate?: number | null; complete: boolean };

/**
 * Whether an escalation worked, as a picture: the error rate before it was opened and after
 * it was resolved as two bars on the same scale, with the counts beside them in words.
 */
export function EffectPicture({ before, after, weeks }: { before: Window; after?: Window | null; weeks: number }) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const max = Math.max(0.01, before.rate ?? 0, after?.rate ?? 0);
  const change = rateChange(before.rate ?? null, after?.rate ?? null);
  const row = (label: string, window: Window | null | undefined, bad: boolean) => (
    <>
      <span>{label}</span>
      <MeterBar share={(window?.rate ?? 0) / max} bad={bad} />
      <span className={styles.numeric}>
        {window && window.rate !== null && window.rate !== undefined
          ? t('audits.rca.rate', { rate: percent.format(window.rate), errors: window.errors, audits: window.audits })
          : t('audits.rca.noAudits')}
      </span>
    </>
  );
  return (
    <div className={forms.form} data-testid="rca-effect">
      <p className={`${styles.small} ${styles.muted}`}>{t('audits.rca.effectTitle', { count: weeks })}</p>
      <div className={styles.compare}>
        {row(t('audits.rca.before'), before, true)}
        {row(t('audits.rca.after'), after, false)}
      </div>
      <p className={styles.small}>
        {!after
          ? t('audits.rca.effect.pending')
          : change === null
            ? t('audits.rca.effect.noData')
            : t(`audits.rca.effect.${change}`)}
        {after && !after.complete ? ` ${t('audits.rca.effect.partial')}` : ''}
      </p>
    </div>
  );
}
