import type { EntityManager } from '@mikro-orm/postgresql';
import { pooledAgreement, pooledRatio, type Stat } from '../../stats/index.js';
import type { Group, LabelSums, Sums } from './analytics-sums.js';
import type { AgreementRateRow } from './analytics.types.js';

// A group's figures from its pooled sums: the statistics are stats/pooled.ts's; here they
// are put in the GraphQL row's shape, with the counts beside them.

export type Figures = Omit<
  AgreementRateRow,
  'market' | 'policy' | 'policyVersion' | 'vendor' | 'team' | 'facilitator' | 'period'
>;

export const stat = (s: Stat) => ({ value: s.value, reason: s.reason ?? null });
export const ratio = (part: number, whole: number, reason: 'no gold' | 'no pairable unit') =>
  stat(pooledRatio(part, whole, reason));

/**
 * STATS.md's figures from pooled sums (see analytics-aggregates.ts). `categories` is q,
 * the size of the union of the taxonomies involved.
 */
export function figuresOf(sums: Omit<Sums, 'keys' | 'versions'>, labels: LabelSums[], categories: number): Figures {
  const pooled = pooledAgreement(
    {
      units: sums.units,
      pairableUnits: sums.pairableUnits,
      pairableValues: sums.pairableVotes,
      sumUnitAgreement: sums.sumUnitAgreement,
      observedDisagreement: sums.observedDisagreement,
    },
    labels.map((l) => ({ unitShare: l.unitShare, pairableValues: l.pairableVotes })),
    categories,
  );
  return {
    sessions: sums.sessions,
    items: sums.units,
    pairableItems: sums.pairableUnits,
    votes: sums.votes,
    pairableVotes: sums.pairableVotes,
    percentAgreement: stat(pooled.percentAgreement),
    fleissKappa: stat(pooled.fleissKappa),
    krippendorffAlpha: stat(pooled.krippendorffAlpha),
    gwetAC1: stat(pooled.gwetAC1),
    accuracy: ratio(sums.correctVotes, sums.goldVotes, 'no gold'),
    goldVotes: sums.goldVotes,
    correctVotes: sums.correctVotes,
    majorityMatchesGold: ratio(sums.majorityMatched, sums.goldUnits, 'no gold'),
    goldItems: sums.goldUnits,
    majorityMatchedItems: sums.majorityMatched,
  };
}

/** The figures of each group, q from its versions' taxonomies. */
export async function figuresOfGroups(
  em: EntityManager,
  groups: Group[],
): Promise<{ keys: unknown[]; figures: Figures }[]> {
  const taxonomies = await taxonomiesOf(
    em,
    groups.flatMap((g) => g.sums.versions),
  );
  return groups.map(({ sums, labels }) => {
    const categories = new Set(sums.versions.flatMap((v) => taxonomies.get(v) ?? []));
    // A label chosen but no longer in a taxonomy still counts as a category.
    for (const l of labels) categories.add(l.label);
    return { keys: sums.keys, figures: figuresOf(sums, labels, categories.size) };
  });
}

/** Each policy version's label keys (q counts every label of the taxonomy, chosen or not). */
async function taxonomiesOf(em: EntityManager, versionIds: string[]): Promise<Map<string, string[]>> {
  const ids = [...new Set(versionIds)];
  if (!ids.length) return new Map();
  const rows = await em.execute<{ id: string; labels: { key: string }[] | string }[]>(
    'select id, labels from policy_version where id in (?)',
    [ids],
  );
  return new Map(
    rows.map((r) => {
      const labels = (typeof r.labels === 'string' ? JSON.parse(r.labels) : r.labels) as { key: string }[];
      return [r.id, labels.map((l) => l.key)];
    }),
  );
}
