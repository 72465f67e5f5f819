import type { ScoreBand } from '../gql/graphql';
import { useTranslation } from 'react-i18next';
import { formatCoefficient, formatPercent } from './format';

/** How an agreement figure is written: a share, a kappa-type coefficient, or an alpha. */
export type StatKind = 'percent' | 'kappa' | 'alpha';

/** A figure as the server sends it: a value, or null and the reason it is undefined. */
export type Stat = { value?: number | null; reason?: string | null; band?: ScoreBand | null };

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

/** The undefined-statistic reasons the server names (server/src/stats/stat.ts), as catalog keys. */
const REASONS = {
  'no pairable unit': 'noPairableUnit',
  'too few values': 'tooFewValues',
  'no variation': 'noVariation',
  'fewer than 2 categories': 'fewerThanTwoCategories',
  'not two raters': 'notTwoRaters',
  'no common unit': 'noCommonUnit',
  'no gold': 'noGold',
  'no values': 'noValues',
  'no majority to compare': 'noMajorityToCompare',
  'no other market': 'noOtherMarket',
  'too few defined resamples': 'tooFewDefinedResamples',
  'not finite': 'notFinite',
} as const;

export type ReasonKey = (typeof REASONS)[keyof typeof REASONS];

/** The catalog key of a reason, or null for one this client does not know (shown as sent). */
export function reasonKey(reason: string | null | undefined): ReasonKey | null {
  if (!reason) return null;
  return (REASONS as Record<string, ReasonKey>)[reason] ?? null;
}
