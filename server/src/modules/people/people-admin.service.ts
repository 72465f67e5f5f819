import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../identity/role.js';
import { User } from '../identity/user.entity.js';
import { AuditAction } from '../shared/audit-log/audit-action.js';
import { type AuditTrail, changed } from '../shared/audit-log/audit-trail.js';
import { notFound } from '../shared/errors.js';
import { retryingTransaction } from '../shared/transaction.js';
import type { Viewer } from '../shared/viewer.js';
import { peopleError } from './people.errors.js';
import type { SetUserActiveInput, UpdateUserInput } from './people.inputs.js';
import { type AdminKind, asAdmin, placement, RANK, reach } from './placement.js';

/** What an entry says of a person: their name, role, market and team, as codes and names. */
const describe = (user: User) => ({
  name: user.name,
  role: user.role,
  market: user.market.code,
  team: user.team?.name ?? null,
  otherMarkets: user.otherMarkets
    .getItems()
    .map((market) => market.code)
    .sort(),
  languages: user.languages,
});

/**
 * Changing people already in: their name, role, market and team, and switching their
 * account off and on. Deactivation ends their sign-in at once (every request and socket
 * operation loads the account) and keeps their history: votes, audits and answers stay
 * theirs.
 */
export class PeopleAdminService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
    private readonly trail: AuditTrail,
  ) {}

  /** The person, locked, if the admin may manage them: another vendor's are not found. */
  private async managed(tx: EntityManager, viewer: Viewer, kind: AdminKind, userId: string) {
    // Locked alone: PostgreSQL cannot lock the nullable side of the team join.
    const locked = await tx.findOne(User, userId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const user = locked && (await tx.populate(locked, ['market', 'team.vendor', 'team.market', 'otherMarkets']));
    if (!user || (kind === 'vendor' && user.team?.vendor?.id !== viewer.vendorId)) throw notFound('User', userId);
    if (kind === 'vendor' && RANK[user.role] > RANK[viewer.role]) {
      throw peopleError('FORBIDDEN', 'ROLE_ABOVE_OWN', `${user.name} has a role above your own.`, { role: user.role });
    }
    return user;
  }

  /** Refuses a change that would leave no active admin (nobody could manage Concord). */
  private async keepAnAdmin(tx: EntityManager, user: User) {
    if (user.role !== Role.ADMIN || !user.active) return;
    // Locked in one order (by id), so two admins demoting each other cannot both pass.
    const admins = await tx.find(
      User,
      { role: Role.ADMIN, active: true },
      { orderBy: { id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (admins.every((admin) => admin.id === user.id)) {
      throw peopleError('CONFLICT', 'LAST_ADMIN', `${user.name} is the last active admin: name another admin first.`, {
        name: user.name,
      });
    }
  }

  async update(input: UpdateUserInput) {
    const { viewer, kind } = asAdmin(this.viewer);
    return retryingTransaction(this.em, async (tx) => {
      const user = await this.managed(tx, viewer, kind, input.userId);
      const before = describe(user);
      const oldVendorId = user.team?.vendor?.id ?? null;
      const role = input.role ?? user.role;
      const marketId = input.marketId ?? user.market.id;
      const teamId = input.teamId === undefined ? (user.team?.id ?? null) : input.teamId;
      const { market, team } = await placement(tx, viewer, kind, { role, marketId, teamId });
      const { others, languages } = await reach(tx, market, input);
      if (role !== Role.ADMIN) await this.keepAnAdmin(tx, user);
      user.name = input.name?.trim() ?? user.name;
      user.role = role;
      user.market = market;
      user.team = team;
      if (others) user.otherMarkets.set(others);
      else user.otherMarkets.remove((other) => other.id === market.id);
      if (languages) user.languages = languages;
      const change = changed(before, describe(user));
      if (change.any) {
        this.trail.add(tx, {
          action: AuditAction.USER_UPDATED,
          target: { type: 'User', id: user.id, label: user.email },
          // The vendor they are with now, or were with until now.
          vendorId: team?.vendor?.id ?? oldVendorId,
          before: change.before,
          after: change.after,
        });
      }
      return { user };
    });
  }

  async setActive(input: SetUserActiveInput, active: boolean) {
    const { viewer, kind } = asAdmin(this.viewer);
    if (!active && input.userId === viewer.id) {
      throw peopleError('CONFLICT', 'SELF_DEACTIVATION', 'You cannot deactivate yourself: ask another admin.');
    }
    return retryingTransaction(this.em, async (tx) => {
      const user = await this.managed(tx, viewer, kind, input.userId);
      if (user.active === active) return { user };
      if (!active) await this.keepAnAdmin(tx, user);
      user.active = active;
      this.trail.add(tx, {
        action: active ? AuditAction.USER_REACTIVATED : AuditAction.USER_DEACTIVATED,
        target: { type: 'User', id: user.id, label: user.email },
        vendorId: user.team?.vendor?.id ?? null,
        before: { active: !active },
        after: { active },
      });
      return { user };
    });
  }
}
