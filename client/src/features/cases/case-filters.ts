import type { CaseSort, CasesFilter, ContentType } from '../../gql/graphql';

/** The filters of the case list as they sit in the address bar (so a filtered list can be shared). */
export type CaseFilterParams = {
  q: string;
  market: string;
  policy: string;
  queue: string;
  decision: string;
  type: string;
  from: string;
  to: string;
  sort: string;
};

export const FILTER_NAMES: readonly (keyof CaseFilterParams)[] = [
  'q',
  'market',
  'policy',
  'queue',
  'decision',
  'type',
  'from',
  'to',
  'sort',
];

export function readFilterParams(params: URLSearchParams): CaseFilterParams {
  return Object.fromEntries(FILTER_NAMES.map((name) => [name, params.get(name) ?? ''])) as CaseFilterParams;
}

/** Sets one filter; changing the policy clears the decision, whose labels belong to a policy. */
export function writeFilterParam(
  params: URLSearchParams,
  name: keyof CaseFilterParams,
  value: string,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(name, value);
  else next.delete(name);
  if (name === 'policy') next.delete('decision');
  return next;
}

const CONTENT_TYPES: readonly ContentType[] = ['TEXT', 'IMAGE', 'VIDEO'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The start of a calendar day in the reader's time zone, as an instant. */
function startOfDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!).toISOString();
}

/** The `cases` filter for the API: dates are whole days in the reader's time zone, `to` included. */
export function toCasesFilter(p: CaseFilterParams): CasesFilter {
  const filter: CasesFilter = {};
  if (p.q.trim()) filter.search = p.q.trim().slice(0, 200);
  if (p.market) filter.marketId = p.market;
  if (p.policy) filter.policyId = p.policy;
  if (p.queue) filter.queue = p.queue;
  if (p.decision) filter.decision = p.decision;
  if ((CONTENT_TYPES as string[]).includes(p.type)) filter.contentType = p.type as ContentType;
  if (DAY.test(p.from)) filter.decidedFrom = startOfDay(p.from);
  if (DAY.test(p.to)) {
    const [y, m, d] = p.to.split('-').map(Number);
    filter.decidedTo = new Date(y!, m! - 1, d! + 1).toISOString();
  }
  return filter;
}

export const toCaseSort = (p: CaseFilterParams): CaseSort =>
  p.sort === 'oldest' ? 'DECIDED_AT_ASC' : 'DECIDED_AT_DESC';

export const hasFilters = (p: CaseFilterParams) => FILTER_NAMES.some((name) => name !== 'sort' && p[name] !== '');
