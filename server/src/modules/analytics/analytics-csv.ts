import type { AnalyticsDimension } from './analytics.enums.js';
import type {
  AgreementRateRow,
  AnalyticsItem,
  ConfusedLabelPair,
  DivergentItem,
  LowAccuracyParticipant,
  MarketDrift,
  VendorComparisonRow,
} from './analytics.types.js';

type Cell = string | number | boolean | null | undefined;

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; CRLF between records. */
export function csv(header: string[], rows: Cell[][]): string {
  const field = (value: Cell) => {
    if (value === null || value === undefined) return '';
    let text = String(value);
    // A leading =, +, - or @ (or a tab or carriage return before one, which some spreadsheets
    // skip) would run as a formula: prefixed with a quote (OWASP's CSV injection advice).
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

const DIMENSION_COLUMNS: Record<AnalyticsDimension, [string, (row: AgreementRateRow) => Cell][]> = {
  MARKET: [['market', (r) => r.market?.code]],
  POLICY: [['policy', (r) => r.policy?.key]],
  POLICY_VERSION: [
    ['policy', (r) => r.policyVersion?.policy.key],
    ['policy_version', (r) => r.policyVersion?.number],
  ],
  VENDOR: [['vendor', (r) => r.vendor?.name ?? 'platform staff']],
  TEAM: [['team', (r) => r.team?.name ?? 'no team']],
  FACILITATOR: [['facilitator', (r) => r.facilitator?.name]],
  MONTH: [['month', (r) => r.period?.toISOString().slice(0, 7)]],
  WEEK: [['week_of', (r) => r.period?.toISOString().slice(0, 10)]],
};

export const toCsv = {
  rates(rows: AgreementRateRow[], dims: AnalyticsDimension[]) {
    const keys = dims.flatMap((d) => DIMENSION_COLUMNS[d]);
    return csv(
      [
        ...keys.map(([name]) => name),
        'sessions',
        'items',
        'pairable_items',
        'votes',
        'percent_agreement',
        'fleiss_kappa',
        'krippendorff_alpha',
        'gwet_ac1',
        'accuracy',
        'gold_votes',
        'correct_votes',
        'majority_matches_gold',
      ],
      rows.map((r) => [
        ...keys.map(([, get]) => get(r)),
        r.sessions,
        r.items,
        r.pairableItems,
        r.votes,
        r.percentAgreement.value,
        r.fleissKappa.value,
        r.krippendorffAlpha.value,
        r.gwetAC1.value,
        r.accuracy.value,
        r.goldVotes,
        r.correctVotes,
        r.majorityMatchesGold.value,
      ]),
    );
  },
  items(rows: AnalyticsItem[]) {
    return csv(
      [
        'session',
        'closed_at',
        'item',
        'policy',
        'policy_version',
        'gold',
        'votes',
        'percent_agreement',
        'majority',
        'majority_share',
        'distribution',
      ],
      rows.map((r) => [
        r.sessionTitle,
        r.closedAt.toISOString(),
        r.position,
        r.policyVersion.policy.key,
        r.policyVersion.number,
        r.gold,
        r.votes,
        r.percentAgreement,
        r.majority,
        r.majorityShare,
        r.distribution.map((d) => `${d.label}:${d.count}`).join(' '),
      ]),
    );
  },
  divergent(rows: DivergentItem[]) {
    return csv(
      ['session', 'closed_at', 'item', 'policy', 'gold', 'votes', 'divergence', 'market_majorities'],
      rows.map((r) => [
        r.sessionTitle,
        r.closedAt.toISOString(),
        r.position,
        r.policyVersion.policy.key,
        r.gold,
        r.votes,
        r.divergence,
        r.markets.map((m) => `${m.market.code}:${m.majority ?? 'tie'}`).join(' '),
      ]),
    );
  },
  pairs(rows: ConfusedLabelPair[]) {
    return csv(
      ['policy', 'label_a', 'label_b', 'disagreements', 'share', 'gold_a_chose_b', 'gold_b_chose_a'],
      rows.map((r) => [r.policy.key, r.labelA, r.labelB, r.disagreements, r.share, r.goldAChoseB, r.goldBChoseA]),
    );
  },
  drift(rows: MarketDrift[]) {
    return csv(
      ['market', 'policy', 'gold_votes', 'accuracy', 'all_markets_accuracy', 'drift', 'majority_matches_gold'],
      rows.map((r) => [
        r.market.code,
        r.policy.key,
        r.goldVotes,
        r.accuracy.value,
        r.allMarketsAccuracy.value,
        r.drift,
        r.majorityMatchesGold.value,
      ]),
    );
  },
  participants(rows: LowAccuracyParticipant[]) {
    return csv(
      ['name', 'email', 'market', 'team', 'sessions', 'gold_votes', 'correct_votes', 'accuracy'],
      rows.map((r) => [
        r.user.name,
        r.user.email,
        r.market.code,
        r.team?.name,
        r.sessions,
        r.goldVotes,
        r.correctVotes,
        r.accuracy,
      ]),
    );
  },
  vendors(rows: VendorComparisonRow[]) {
    return csv(
      ['vendor', 'shared_gold_items', 'votes', 'correct_votes', 'accuracy', 'percent_agreement'],
      rows.map((r) => [
        r.vendor?.name ?? 'platform staff',
        r.items,
        r.votes,
        r.correctVotes,
        r.accuracy.value,
        r.percentAgreement.value,
      ]),
    );
  },
};
