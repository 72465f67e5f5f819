import { useTranslation } from 'react-i18next';
import { alphaBand, bandTone, landisKochBand } from './bands';
import { formatCoefficient, formatPercent, reasonKey } from './format';
import styles from './results.module.css';

export type StatKind = 'percent' | 'kappa' | 'alpha';

type Stat = { value?: number | null; reason?: string | null };

/** A figure as shown: percentages to one decimal, kappa-type to two, alpha to three; null as "—". */
export function useFormatStat() {
  const { i18n } = useTranslation();
  return (value: number | null | undefined, kind: StatKind): string => {
    if (value === null || value === undefined) return '—';
    if (kind === 'percent') return formatPercent(value, i18n.language, 1);
    return formatCoefficient(value, kind === 'alpha' ? 3 : 2, i18n.language);
  };
}

/** Why a figure is undefined, in the reader's language when this client knows the reason. */
export function useReasonText() {
  const { t } = useTranslation();
  return (reason: string | null | undefined): string => {
    const key = reasonKey(reason);
    if (key) return t(`calibration.reasons.${key}`);
    return reason ?? t('calibration.reasons.unknown');
  };
}

/** A figure with its reading (band) or, when undefined, "—" and the reason. */
export function StatValue({ stat, kind, showBand = true }: { stat: Stat; kind: StatKind; showBand?: boolean }) {
  const { t } = useTranslation();
  const format = useFormatStat();
  const reasonText = useReasonText();
  if (stat.value === null || stat.value === undefined) {
    const why = reasonText(stat.reason);
    return (
      <span className={styles.undefinedStat} title={why}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('calibration.results.undefined')}</span>{' '}
        <span className={styles.reason}>{why}</span>
      </span>
    );
  }
  const band = kind === 'kappa' ? landisKochBand(stat.value) : kind === 'alpha' ? alphaBand(stat.value) : null;
  return (
    <span className={styles.statValue}>
      <span className={styles.number}>{format(stat.value, kind)}</span>
      {band && showBand ? (
        <span className={`${styles.band} ${styles[`band_${bandTone(band)}`] ?? ''}`}>
          {t(`calibration.bands.${band}`)}
        </span>
      ) : null}
    </span>
  );
}
