import type { EntityManager } from '@mikro-orm/postgresql';
import { userScope } from '../shared/visibility/scopes.js';
import type { Viewer } from '../shared/viewer.js';
import { Market } from '../identity/market.entity.js';
import { Team } from '../identity/team.entity.js';
import { User } from '../identity/user.entity.js';
import { Vendor } from '../identity/vendor.entity.js';
import { Policy } from '../policy/policy.entity.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import { figuresOf, type Figures } from './analytics-figures.js';
import { ZERO } from './analytics-sums.js';
import { AnalyticsDimension } from './analytics.enums.js';
import type { AgreementRateRow } from './analytics.types.js';

// Labelling: a group's keys (ids, periods) turned into the row's entities, and rows ordered by them.

/** The row of a group with no sessions: every figure undefined, no entity. */
export function emptyRow(): AgreementRateRow {
  return {
    ...figuresOf(ZERO, [], 0),
    market: null,
    policy: null,
    policyVersion: null,
    vendor: null,
    team: null,
    facilitator: null,
    period: null,
  };
}

/** The entity dimensions: how a key is loaded, where the row shows it, and how rows order by it. */
type EntityDimension = {
  load: (em: EntityManager, ids: string[], me: Viewer) => Promise<{ id: string }[]>;
  set: (row: AgreementRateRow, entity: object | null) => void;
  sortKey: (row: AgreementRateRow) => string;
};

const ENTITY_DIMENSIONS: Partial<Record<AnalyticsDimension, EntityDimension>> = {
  [AnalyticsDimension.MARKET]: {
    load: (em, ids) => em.find(Market, { id: { $in: ids } }),
    set: (row, e) => (row.market = e as Market | null),
    sortKey: (row) => row.market?.code ?? '',
  },
  [AnalyticsDimension.POLICY]: {
    load: (em, ids) => em.find(Policy, { id: { $in: ids } }),
    set: (row, e) => (row.policy = e as Policy | null),
    sortKey: (row) => row.policy?.key ?? '',
  },
  [AnalyticsDimension.POLICY_VERSION]: {
    load: (em, ids) => em.find(PolicyVersion, { id: { $in: ids } }, { populate: ['policy'] }),
    set: (row, e) => {
      row.policyVersion = e as PolicyVersion | null;
      row.policy = row.policyVersion?.policy ?? null;
    },
    sortKey: (row) =>
      `${row.policyVersion?.policy.key ?? ''}\u0000${String(row.policyVersion?.number ?? 0).padStart(6, '0')}`,
  },
  [AnalyticsDimension.VENDOR]: {
    load: (em, ids) => em.find(Vendor, { id: { $in: ids } }),
    set: (row, e) => (row.vendor = e as Vendor | null),
    sortKey: (row) => row.vendor?.name ?? '',
  },
  [AnalyticsDimension.TEAM]: {
    load: (em, ids) => em.find(Team, { id: { $in: ids } }),
    set: (row, e) => (row.team = e as Team | null),
    sortKey: (row) => row.team?.name ?? '',
  },
  [AnalyticsDimension.FACILITATOR]: {
    load: (em, ids, me) => em.find(User, { $and: [{ id: { $in: ids } }, userScope(me)] }),
    set: (row, e) => (row.facilitator = e as User | null),
    sortKey: (row) => row.facilitator?.name ?? '',
  },
};

/** Turns group keys into the row's entities (one query per dimension) and orders the rows by them. */
export async function labelRows(
  em: EntityManager,
  me: Viewer,
  rows: { keys: unknown[]; figures: Figures }[],
  dims: AnalyticsDimension[],
): Promise<AgreementRateRow[]> {
  const ids = (i: number) => [...new Set(rows.map((r) => r.keys[i]).filter((k): k is string => typeof k === 'string'))];
  const lookups = await Promise.all(
    dims.map(async (dim, i): Promise<Map<string, object>> => {
      const list = ids(i);
      const entityDim = ENTITY_DIMENSIONS[dim];
      if (!list.length || !entityDim) return new Map();
      return new Map((await entityDim.load(em, list, me)).map((x) => [x.id, x]));
    }),
  );
  const out = rows.map(({ keys, figures }) => {
    const row: AgreementRateRow = { ...emptyRow(), ...figures };
    dims.forEach((dim, i) => {
      const key = keys[i];
      const entityDim = ENTITY_DIMENSIONS[dim];
      if (entityDim) entityDim.set(row, (typeof key === 'string' ? lookups[i]!.get(key) : undefined) ?? null);
      else row.period = key instanceof Date ? key : key ? new Date(String(key)) : null; // MONTH, WEEK
    });
    return row;
  });
  const sortKey = (row: AgreementRateRow) =>
    dims.map((dim) => ENTITY_DIMENSIONS[dim]?.sortKey(row) ?? row.period?.toISOString() ?? '');
  return out.sort((a, b) => {
    const [ka, kb] = [sortKey(a), sortKey(b)];
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
    return 0;
  });
}
