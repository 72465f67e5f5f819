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
      if (!list.length) return new Map();
      const byId = <T extends { id: string }>(xs: T[]) => new Map<string, object>(xs.map((x) => [x.id, x]));
      switch (dim) {
        case AnalyticsDimension.MARKET:
          return byId(await em.find(Market, { id: { $in: list } }));
        case AnalyticsDimension.POLICY:
          return byId(await em.find(Policy, { id: { $in: list } }));
        case AnalyticsDimension.POLICY_VERSION:
          return byId(await em.find(PolicyVersion, { id: { $in: list } }, { populate: ['policy'] }));
        case AnalyticsDimension.VENDOR:
          return byId(await em.find(Vendor, { id: { $in: list } }));
        case AnalyticsDimension.TEAM:
          return byId(await em.find(Team, { id: { $in: list } }));
        case AnalyticsDimension.FACILITATOR:
          return byId(await em.find(User, { $and: [{ id: { $in: list } }, userScope(me)] }));
        default:
          return new Map();
      }
    }),
  );
  const out = rows.map(({ keys, figures }) => {
    const row: AgreementRateRow = {
      ...figures,
      market: null,
      policy: null,
      policyVersion: null,
      vendor: null,
      team: null,
      facilitator: null,
      period: null,
    };
    dims.forEach((dim, i) => {
      const key = keys[i];
      const entity = typeof key === 'string' ? lookups[i]!.get(key) : undefined;
      switch (dim) {
        case AnalyticsDimension.MARKET:
          row.market = (entity as Market | undefined) ?? null;
          break;
        case AnalyticsDimension.POLICY:
          row.policy = (entity as Policy | undefined) ?? null;
          break;
        case AnalyticsDimension.POLICY_VERSION:
          row.policyVersion = (entity as PolicyVersion | undefined) ?? null;
          row.policy = row.policyVersion?.policy ?? null;
          break;
        case AnalyticsDimension.VENDOR:
          row.vendor = (entity as Vendor | undefined) ?? null;
          break;
        case AnalyticsDimension.TEAM:
          row.team = (entity as Team | undefined) ?? null;
          break;
        case AnalyticsDimension.FACILITATOR:
          row.facilitator = (entity as User | undefined) ?? null;
          break;
        case AnalyticsDimension.MONTH:
        case AnalyticsDimension.WEEK:
          row.period = key instanceof Date ? key : key ? new Date(String(key)) : null;
          break;
      }
    });
    return row;
  });
  const sortKey = (row: AgreementRateRow) =>
    dims.map((dim) => {
      switch (dim) {
        case AnalyticsDimension.MARKET:
          return row.market?.code ?? '';
        case AnalyticsDimension.POLICY:
          return row.policy?.key ?? '';
        case AnalyticsDimension.POLICY_VERSION:
          return `${row.policyVersion?.policy.key ?? ''}\u0000${String(row.policyVersion?.number ?? 0).padStart(6, '0')}`;
        case AnalyticsDimension.VENDOR:
          return row.vendor?.name ?? '';
        case AnalyticsDimension.TEAM:
          return row.team?.name ?? '';
        case AnalyticsDimension.FACILITATOR:
          return row.facilitator?.name ?? '';
        default:
          return row.period?.toISOString() ?? '';
      }
    });
  return out.sort((a, b) => {
    const [ka, kb] = [sortKey(a), sortKey(b)];
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
    return 0;
  });
}
