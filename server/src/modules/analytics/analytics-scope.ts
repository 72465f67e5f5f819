import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../shared/errors.js';
import type { Viewer } from '../shared/viewer.js';
import { Team } from '../identity/team.entity.js';
import type { Scoped } from './analytics-filter.js';
import { analyticsError } from './analytics.errors.js';
import type { AnalyticsFilter } from './analytics.inputs.js';

/**
 * The filter as the viewer may ask it: checks the period, and pins a vendor's staff to
 * their own vendor (another vendor, or a team of one, is NOT_FOUND for them).
 */
export async function scopeFilter(em: EntityManager, me: Viewer, filter: AnalyticsFilter): Promise<Scoped> {
  if (filter.from && filter.to && filter.from >= filter.to) {
    throw analyticsError('BAD_USER_INPUT', 'PERIOD_REVERSED', '`from` must be before `to`.');
  }
  if (me.vendorId === null) return filter;
  const other = filter.vendorIds?.find((id) => id !== me.vendorId);
  if (other) throw notFound('Vendor', other);
  if (filter.teamIds?.length) {
    const teams = await em.find(Team, { id: { $in: filter.teamIds } });
    const foreign = filter.teamIds.find((id) => teams.find((t) => t.id === id)?.vendor?.id !== me.vendorId);
    if (foreign) throw notFound('Team', foreign);
  }
  return { ...filter, vendorIds: [me.vendorId] };
}
