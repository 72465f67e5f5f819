import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound, unauthenticated } from '../shared/errors.js';
import { loadRef } from '../shared/load.js';
import { caseScope, teamScope, userScope } from '../shared/visibility/scopes.js';
import { hasRole, QA_ROLES, type Viewer } from '../shared/viewer.js';
import { Audit } from '../audit/audit.entity.js';
import type { ErrorCategory } from '../audit/audit.enums.js';
import type { ErrorTrendsInput } from '../audit/audit.inputs.js';
import type { QualityService } from '../audit/quality.service.js';
import { mayName } from '../shared/visibility/scopes.js';
import type { Visibility } from '../shared/visibility/visibility.js';
import { Case } from '../case/case.entity.js';
import { Market } from '../identity/market.entity.js';
import { Role } from '../identity/role.js';
import { Team } from '../identity/team.entity.js';
import { User } from '../identity/user.entity.js';
import { Policy } from '../policy/policy.entity.js';
import { ActionItemStatus, RcaOrigin, RcaState } from './rca.enums.js';
import { rcaError } from './rca.errors.js';
import type {
  AddRcaActionItemInput,
  CreateRcaEscalationInput,
  LinkRcaEscalationInput,
  RcaLinksInput,
  ResolveRcaEscalationInput,
  SetRcaActionItemStatusInput,
} from './rca.inputs.js';
import type { RcaEffectiveness } from './rca.types.js';
import { addDays, dayOf, effectivenessOf } from './rca-effectiveness.js';
import { RcaActionItem } from './rca-action-item.entity.js';
import { RcaEscalation } from './rca-escalation.entity.js';

/** Weeks of the trend an escalation filed from one keeps: the last four against the four before. */
const TREND_WEEKS = 4;

/**
 * RCA escalations: QA specialists file them (by hand or from an error trend), QA
 * managers take them on and resolve them, action items track the work, and the
 * effectiveness figures say whether the error rate fell. A vendor's QA sees the
 * escalations on no team or on its own teams, and of those only its own vendor's
 * audits, cases and people; anything else answers NOT_FOUND.
 */
export class RcaService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
    private readonly visibility: Visibility,
    /** The audit module's quality figures, for the trends an escalation is filed from. */
    private readonly quality: Pick<QualityService, 'errorTrends'>,
  ) {}

  private get me(): Viewer {
    if (!this.viewer) throw unauthenticated();
    return this.viewer;
  }

  private scope(): FilterQuery<RcaEscalation> {
    const me = this.me;
    return me.vendorId === null ? {} : { $or: [{ team: null }, { team: { vendor: me.vendorId } }] };
  }

  /** The same rule as the audit module: QA staff, their vendor's audits or all. */
  /** The audits the viewer may read (`Visibility.audits`: role, vendor, and none of a blind case). */
  private async auditScope(): Promise<FilterQuery<Audit>> {
    return hasRole(this.me, ...QA_ROLES) ? this.visibility.audits() : { id: { $in: [] } };
  }

  // ---- reading ----

  async escalation(id: string, em: EntityManager = this.em): Promise<RcaEscalation> {
    const found = await em.findOne(RcaEscalation, { $and: [{ id }, this.scope()] });
    if (!found) throw notFound('RCA escalation', id);
    return found;
  }

  async escalations(state: RcaState | undefined, first: number): Promise<RcaEscalation[]> {
    return this.em.find(
      RcaEscalation,
      { $and: [this.scope(), state ? { state } : {}] },
      {
        orderBy: { createdAt: 'desc', id: 'asc' },
        limit: first,
      },
    );
  }

  async actionItems(escalation: RcaEscalation): Promise<RcaActionItem[]> {
    return this.em.find(RcaActionItem, { escalation }, { orderBy: { dueDate: 'asc', createdAt: 'asc' } });
  }

  /** Open action items past their due date, on escalations the viewer sees; earliest first. */
  async overdueActionItems(first: number): Promise<RcaActionItem[]> {
    return this.em.find(
      RcaActionItem,
      { status: ActionItemStatus.OPEN, dueDate: { $lt: dayOf(new Date()) }, escalation: this.scope() },
      { orderBy: { dueDate: 'asc', createdAt: 'asc', id: 'asc' }, populate: ['escalation'], limit: first },
    );
  }

  async linkedAudits(escalation: RcaEscalation, first: number): Promise<Audit[]> {
    const ids = (await escalation.linkedAudits.load({ dataloader: true })).getIdentifiers<string>();
    return this.em.find(
      Audit,
      { $and: [{ id: { $in: ids } }, await this.auditScope()] },
      { orderBy: { day: 'asc', id: 'asc' }, limit: first },
    );
  }

  async linkedCases(escalation: RcaEscalation, first: number): Promise<Case[]> {
    const ids = (await escalation.linkedCases.load({ dataloader: true })).getIdentifiers<string>();
    return this.em.find(
      Case,
      { $and: [{ id: { $in: ids } }, caseScope(this.me)] },
      { orderBy: { decidedAt: 'asc', id: 'asc' }, limit: first },
    );
  }

  /** The team, unless it is another vendor's (a vendor's QA never sees those escalations anyway). */
  async team(escalation: RcaEscalation): Promise<Team | null> {
    if (!escalation.team) return null;
    return this.em.findOne(Team, { $and: [{ id: escalation.team.id }, teamScope(this.me)] });
  }

  /** A person, or null when they are another vendor's and the viewer may not see them. */
  async person(user: User | null): Promise<User | null> {
    if (!user) return null;
    // Batched across a list by the dataloader; the team's vendor is a reference, its id known.
    const found = await loadRef(user);
    const team = found.team ? await loadRef(found.team) : null;
    return mayName(this.me, team?.vendor?.id ?? null) ? found : null;
  }

  /** The error rate before the escalation was filed and after it was resolved (rca-effectiveness.ts). */
  effectiveness(escalation: RcaEscalation, weeks: number): Promise<RcaEffectiveness> {
    return effectivenessOf(this.em, escalation, this.me.vendorId, weeks);
  }

  // ---- filing and linking ----

  async create(input: CreateRcaEscalationInput): Promise<RcaEscalation> {
    const me = this.me;
    if (input.origin === RcaOrigin.ERROR_TREND && !input.errorCategory) {
      throw rcaError(
        'BAD_USER_INPUT',
        'TREND_NEEDS_CATEGORY',
        'An escalation from an error trend needs its error category.',
      );
    }
    const scope = input.scope;
    const market = scope.marketId ? await this.em.findOne(Market, scope.marketId) : null;
    if (scope.marketId && !market) {
      const { marketId } = scope;
      throw rcaError('BAD_USER_INPUT', 'UNKNOWN_SCOPE', `Market ${marketId} does not exist.`, { marketId });
    }
    const policy = scope.policyId ? await this.em.findOne(Policy, scope.policyId) : null;
    if (scope.policyId && !policy) {
      const { policyId } = scope;
      throw rcaError('BAD_USER_INPUT', 'UNKNOWN_SCOPE', `Policy ${policyId} does not exist.`, { policyId });
    }
    const team = scope.teamId ? await this.em.findOne(Team, { $and: [{ id: scope.teamId }, teamScope(me)] }) : null;
    if (scope.teamId && !team) {
      const { teamId } = scope;
      throw rcaError('BAD_USER_INPUT', 'UNKNOWN_SCOPE', `Team ${teamId} does not exist.`, { teamId });
    }
    if (me.vendorId !== null && team?.vendor?.id !== me.vendorId) {
      throw rcaError(
        'FORBIDDEN',
        'VENDOR_OWN_TEAMS_ONLY',
        "A vendor's QA files escalations on one of its own teams: set scope.teamId.",
      );
    }
    const queue = scope.queue?.trim() || null;
    const links = await this.checkLinks(input.links);
    const trend =
      input.origin === RcaOrigin.ERROR_TREND
        ? await this.trendSnapshot(input.errorCategory!, {
            marketId: market?.id,
            policyId: policy?.id,
            teamId: team?.id,
            queue,
          })
        : null;
    return this.em.transactional(async (tx) => {
      const escalation = tx.create(RcaEscalation, {
        title: input.title.trim(),
        description: input.description.trim(),
        rootCause: input.rootCause,
        origin: input.origin,
        errorCategory: input.errorCategory ?? null,
        market,
        queue,
        policy,
        team,
        filedBy: tx.getReference(User, me.id),
        trend,
      });
      escalation.linkedAudits.set(links.audits);
      escalation.linkedCases.set(links.cases);
      return escalation;
    });
  }

  /**
   * The category's errors in the last four weeks against the four before, from the
   * audit module's error-trend query over the same scope, kept as they were when filed.
   */
  private async trendSnapshot(
    category: ErrorCategory,
    scope: { marketId?: string; policyId?: string; teamId?: string; queue: string | null },
  ) {
    const to = dayOf(new Date());
    const input = {
      from: addDays(to, -7 * TREND_WEEKS + 1),
      to,
      limit: 50,
      ...(scope.marketId ? { marketId: scope.marketId } : {}),
      ...(scope.policyId ? { policyId: scope.policyId } : {}),
      ...(scope.teamId ? { teamId: scope.teamId } : {}),
      ...(scope.queue ? { queue: scope.queue } : {}),
    } as ErrorTrendsInput;
    const trends = await this.quality.errorTrends(input);
    const row = trends.categories.find((c) => c.errorCategory === category)!;
    if (row.current === 0) {
      throw rcaError(
        'BAD_USER_INPUT',
        'NO_TREND_ERRORS',
        `No ${category} errors in this scope in the last ${TREND_WEEKS} weeks: file it by hand instead.`,
        { category, weeks: TREND_WEEKS },
      );
    }
    return {
      from: trends.from,
      to: trends.to,
      previousFrom: trends.previousFrom,
      previousTo: trends.previousTo,
      audited: trends.audited,
      previousAudited: trends.previousAudited,
      errors: row.current,
      previousErrors: row.previous,
      rate: row.currentRate,
      previousRate: row.previousRate,
    };
  }

  private async checkLinks(links: RcaLinksInput | null | undefined) {
    const auditIds = links?.auditIds ?? [];
    const caseIds = links?.caseIds ?? [];
    const audits = await this.em.find(Audit, { $and: [{ id: { $in: auditIds } }, await this.auditScope()] });
    if (audits.length !== auditIds.length) {
      throw rcaError('BAD_USER_INPUT', 'UNKNOWN_LINKS', 'Some auditIds do not exist.');
    }
    const cases = await this.em.find(Case, { $and: [{ id: { $in: caseIds } }, caseScope(this.me)] });
    if (cases.length !== caseIds.length)
      throw rcaError('BAD_USER_INPUT', 'UNKNOWN_LINKS', 'Some caseIds do not exist.');
    return { audits, cases };
  }

  async link(input: LinkRcaEscalationInput): Promise<RcaEscalation> {
    const links = await this.checkLinks(input.links);
    return this.em.transactional(async (tx) => {
      const escalation = await this.lock(tx, input.escalationId);
      if (escalation.state === RcaState.RESOLVED) {
        throw rcaError('CONFLICT', 'ESCALATION_RESOLVED', 'This escalation is resolved: file a new one.');
      }
      await escalation.linkedAudits.init();
      await escalation.linkedCases.init();
      escalation.linkedAudits.add(links.audits);
      escalation.linkedCases.add(links.cases);
      return escalation;
    });
  }

  // ---- state ----

  /**
   * Locks a visible escalation for a change. A vendor's QA may read platform-wide
   * escalations (no team) but change only their own vendor's: a platform escalation's
   * owner, state, note and action items are shown to every vendor. An action item's owner
   * changes its status wherever it is (`vendorWrite: false`).
   */
  private async lock(tx: EntityManager, id: string, vendorWrite = true): Promise<RcaEscalation> {
    await tx.execute('select id from rca_escalation where id = ? for update', [id]);
    const escalation = await this.escalation(id, tx);
    const me = this.me;
    if (vendorWrite && me.vendorId !== null) {
      const team = escalation.team && (await loadRef(escalation.team));
      if (team?.vendor?.id !== me.vendorId) {
        throw rcaError(
          'FORBIDDEN',
          'PLATFORM_WIDE',
          'This escalation is platform-wide: only platform QA staff change it.',
        );
      }
    }
    return escalation;
  }

  /** open → in progress: the QA manager who starts it owns it. */
  async start(id: string): Promise<RcaEscalation> {
    const me = this.me;
    this.assertManager();
    return this.em.transactional(async (tx) => {
      const escalation = await this.lock(tx, id);
      if (escalation.state !== RcaState.OPEN) {
        throw rcaError(
          'CONFLICT',
          escalation.state === RcaState.RESOLVED ? 'ESCALATION_RESOLVED' : 'ALREADY_STARTED',
          `This escalation is ${escalation.state.toLowerCase().replace('_', ' ')}: only an open one can be started.`,
        );
      }
      escalation.state = RcaState.IN_PROGRESS;
      escalation.startedAt = new Date();
      escalation.owner = tx.getReference(User, me.id);
      return escalation;
    });
  }

  /** in progress → resolved, once every action item is done or dropped. */
  async resolve(input: ResolveRcaEscalationInput): Promise<RcaEscalation> {
    this.assertManager();
    return this.em.transactional(async (tx) => {
      const escalation = await this.lock(tx, input.escalationId);
      if (escalation.state !== RcaState.IN_PROGRESS) {
        throw escalation.state === RcaState.OPEN
          ? rcaError('CONFLICT', 'NOT_STARTED', 'Start this escalation before resolving it.')
          : rcaError('CONFLICT', 'ESCALATION_RESOLVED', 'This escalation is already resolved.');
      }
      const open = await tx.count(RcaActionItem, { escalation, status: ActionItemStatus.OPEN });
      if (open > 0) {
        throw rcaError(
          'CONFLICT',
          'ACTION_ITEMS_OPEN',
          `${open} action item(s) are still open: mark them done or dropped first.`,
          { openItems: open },
        );
      }
      escalation.state = RcaState.RESOLVED;
      escalation.resolvedAt = new Date();
      escalation.resolutionNote = input.note.trim();
      return escalation;
    });
  }

  private assertManager() {
    if (!hasRole(this.me, Role.QA_MANAGER, Role.ADMIN)) {
      throw rcaError('FORBIDDEN', 'MANAGER_ONLY', 'Only a QA manager moves an escalation on.');
    }
  }

  // ---- action items ----

  async addActionItem(input: AddRcaActionItemInput): Promise<RcaActionItem> {
    const me = this.me;
    const owner = await this.em.findOne(User, { $and: [{ id: input.ownerId, active: true }, userScope(me)] });
    if (!owner) {
      const { ownerId } = input;
      throw rcaError(
        'BAD_USER_INPUT',
        'OWNER_NOT_ASSIGNABLE',
        `User ${ownerId} is not an active user you can assign.`,
        {
          ownerId,
        },
      );
    }
    return this.em.transactional(async (tx) => {
      const escalation = await this.lock(tx, input.escalationId);
      if (escalation.state === RcaState.RESOLVED)
        throw rcaError('CONFLICT', 'ESCALATION_RESOLVED', 'This escalation is resolved: it takes no new action items.');
      return tx.create(RcaActionItem, { escalation, title: input.title.trim(), owner, dueDate: input.dueDate });
    });
  }

  /** A QA manager, or the item's owner, marks it done, dropped or open again. */
  async setActionItemStatus(input: SetRcaActionItemStatusInput): Promise<RcaActionItem> {
    const me = this.me;
    return this.em.transactional(async (tx) => {
      const item = await tx.findOne(RcaActionItem, input.actionItemId);
      if (!item) throw notFound('Action item', input.actionItemId);
      const escalation = await this.lock(tx, item.escalation.id, false).catch(() => {
        throw notFound('Action item', input.actionItemId);
      });
      if (!hasRole(me, Role.QA_MANAGER, Role.ADMIN) && item.owner.id !== me.id) {
        throw rcaError(
          'FORBIDDEN',
          'OWNER_OR_MANAGER_ONLY',
          "Only a QA manager or the item's owner changes its status.",
        );
      }
      if (escalation.state === RcaState.RESOLVED)
        throw rcaError('CONFLICT', 'ESCALATION_RESOLVED', 'This escalation is resolved: its action items are final.');
      if (item.status !== input.status) {
        item.status = input.status;
        item.closedAt = input.status === ActionItemStatus.OPEN ? null : new Date();
      }
      return item;
    });
  }
}
