import type { CsvCell } from '../../lib/csv';

type Stat = { value?: number | null };

export type ItemResultRow = {
  position: number;
  gold?: string | null;
  votes: number;
  abstentions: number;
  distribution: readonly number[];
  majority?: string | null;
  tied: readonly string[];
  majorityShare: Stat;
  entropy: Stat;
  markets: readonly { market: string; votes: number; majority?: string | null; matchesGold?: boolean | null }[];
};

export type ParticipantResultRow = {
  name: string;
  market: string;
  votes: number;
  accuracy: Stat & { correct?: number | null; total?: number | null };
  cohenKappaVsGold: Stat;
  majorityAgreement: Stat & { agreed?: number | null; compared?: number | null };
};

/**
 * The per-item table: one row per item, label keys as stored (stable for scripts), the
 * counts per label in taxonomy order, and each market's majority and whether it matches
 * gold. Figures keep full precision; headers are identifiers, not translated prose.
 */
export function itemCsvRows(
  labels: readonly string[],
  items: readonly ItemResultRow[],
  caseIdOf: (position: number) => string | null,
): CsvCell[][] {
  const markets = [...new Set(items.flatMap((item) => item.markets.map((m) => m.market)))].sort();
  const header: CsvCell[] = [
    'item',
    'case',
    'gold',
    'majority',
    'tied',
    'majority_share',
    'entropy',
    'votes',
    'abstentions',
    ...labels.map((label) => `votes_${label}`),
    ...markets.flatMap((market) => [`majority_${market}`, `matches_gold_${market}`]),
  ];
  const rows = [...items]
    .sort((a, b) => a.position - b.position)
    .map((item): CsvCell[] => [
      item.position,
      caseIdOf(item.position),
      item.gold ?? null,
      item.majority ?? null,
      item.tied.join(' '),
      item.majorityShare.value ?? null,
      item.entropy.value ?? null,
      item.votes,
      item.abstentions,
      ...labels.map((_, index) => item.distribution[index] ?? 0),
      ...markets.flatMap((market) => {
        const own = item.markets.find((m) => m.market === market);
        return [own?.majority ?? null, own?.matchesGold ?? null];
      }),
    ]);
  return [header, ...rows];
}

/** The per-participant table: accuracy and Cohen's kappa against gold, agreement with the others' majority. */
export function participantCsvRows(participants: readonly ParticipantResultRow[]): CsvCell[][] {
  return [
    [
      'name',
      'market',
      'votes',
      'accuracy',
      'correct',
      'total',
      'cohen_kappa_vs_gold',
      'majority_agreement',
      'agreed',
      'compared',
    ],
    ...participants.map((p): CsvCell[] => [
      p.name,
      p.market,
      p.votes,
      p.accuracy.value ?? null,
      p.accuracy.correct ?? null,
      p.accuracy.total ?? null,
      p.cohenKappaVsGold.value ?? null,
      p.majorityAgreement.value ?? null,
      p.majorityAgreement.agreed ?? null,
      p.majorityAgreement.compared ?? null,
    ]),
  ];
}

/** A file-name-safe slug of a title: `Bullying calibration — week 46` → `bullying-calibration-week-46`. */
export function fileSlug(title: string): string {
  const slug = title
    // Latin accents are dropped (ü → u); Hangul is recomposed after the decomposition.
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'calibration';
}
