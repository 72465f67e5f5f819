import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound, unauthenticated } from '../shared/errors.js';
import type { Viewer } from '../shared/viewer.js';
import { Market } from '../identity/market.entity.js';
import { Role } from '../identity/role.js';
import { Team } from '../identity/team.entity.js';
import { User } from '../identity/user.entity.js';
import { Vendor } from '../identity/vendor.entity.js';
import type { CreateSamplingPlanInput, RunSamplingPlanInput, SetSamplingPlanActiveInput } from './audit.inputs.js';
import { isDay, utcToday } from './days.js';
import { drawDay } from './sampling.js';
import { SamplingPlan } from './sampling-plan.entity.js';
import { SamplingRun } from './sampling-run.entity.js';
import { auditError } from './audit.errors.js';

/**
 * Sampling plans and their runs: which decisions the QA team audits each day, drawn
 * reproducibly from a plan's seed (sampling.ts). A vendor's QA sees and runs its own
 * vendor's plans only; the platform's QA, every plan.
 */
export class SamplingPlanService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
  ) {}

  private get me(): Viewer {
    if (!this.viewer) throw unauthenticated();
    return this.viewer;
  }

  private planScope(): FilterQuery<SamplingPlan> {
    return this.me.vendorId === null ? {} : { vendor: this.me.vendorId };
  }

  plans(first: number): Promise<SamplingPlan[]> {
    return this.em.find(SamplingPlan, this.planScope(), { orderBy: { createdAt: 'desc', id: 'asc' }, limit: first });
  }

  async plan(id: string): Promise<SamplingPlan> {
    const plan = await this.em.findOne(SamplingPlan, { $and: [{ id }, this.planScope()] });
    if (!plan) throw notFound('Sampling plan', id);
    return plan;
  }

  runs(plan: SamplingPlan, first: number): Promise<SamplingRun[]> {
    return this.em.find(SamplingRun, { plan }, { orderBy: { day: 'desc' }, limit: first });
  }

  async createPlan(input: CreateSamplingPlanInput): Promise<SamplingPlan> {
    const me = this.me;
    if (
      (input.rate === undefined || input.rate === null) ===
      (input.countPerDay === undefined || input.countPerDay === null)
    ) {
      throw auditError('BAD_USER_INPUT', 'RATE_OR_COUNT', 'Give either rate or countPerDay, not both and not neither.');
    }
    if (input.rate != null && !(input.rate > 0 && input.rate <= 1)) {
      throw auditError(
        'BAD_USER_INPUT',
        'RATE_OUT_OF_RANGE',
        'rate must be more than 0 and at most 1 (e.g. 0.05 for 5%).',
      );
    }
    if (!input.queue && !input.marketId && !input.teamId && !input.moderatorId) {
      throw auditError(
        'BAD_USER_INPUT',
        'SCOPE_REQUIRED',
        'Scope the plan: give at least one of queue, marketId, teamId or moderatorId.',
      );
    }
    const market = input.marketId ? await this.em.findOne(Market, input.marketId) : null;
    if (input.marketId && !market)
      throw auditError('BAD_USER_INPUT', 'UNKNOWN_MARKET', `Market ${input.marketId} does not exist.`);
    const team = input.teamId ? await this.em.findOne(Team, input.teamId, { populate: ['vendor'] }) : null;
    if (input.teamId && (!team || !this.mayPlanFor(team)))
      throw auditError('BAD_USER_INPUT', 'TEAM_NOT_YOURS', `Team ${input.teamId} is not one you audit.`);
    const moderator = input.moderatorId
      ? await this.em.findOne(User, { id: input.moderatorId, role: Role.MODERATOR }, { populate: ['team.vendor'] })
      : null;
    if (input.moderatorId && (!moderator || !moderator.team || !this.mayPlanFor(moderator.team))) {
      throw auditError('BAD_USER_INPUT', 'MODERATOR_NOT_YOURS', `Moderator ${input.moderatorId} is not one you audit.`);
    }
    if (team && market && team.market.id !== market.id)
      throw auditError('BAD_USER_INPUT', 'TEAM_NOT_IN_MARKET', 'The team is not in that market.');
    if (moderator && team && moderator.team?.id !== team.id)
      throw auditError('BAD_USER_INPUT', 'MODERATOR_NOT_IN_TEAM', 'The moderator is not in that team.');
    const plan = this.em.create(SamplingPlan, {
      name: input.name.trim(),
      queue: input.queue?.trim() || null,
      market,
      team,
      moderator,
      vendor: me.vendorId === null ? null : this.em.getReference(Vendor, me.vendorId),
      rate: input.rate ?? null,
      countPerDay: input.countPerDay ?? null,
      stratifyByDecision: input.stratifyByDecision,
      seed: input.seed,
      createdBy: this.em.getReference(User, me.id),
    });
    await this.em.flush();
    return plan;
  }

  /** A vendor's QA plans only for their vendor's teams (their scope of cases); the platform's for any. */
  private mayPlanFor(team: Team): boolean {
    const me = this.me;
    return me.vendorId === null || team.vendor?.id === me.vendorId;
  }

  async setPlanActive(input: SetSamplingPlanActiveInput): Promise<SamplingPlan> {
    const plan = await this.plan(input.planId);
    plan.active = input.active;
    await this.em.flush();
    return plan;
  }

  async runPlan(input: RunSamplingPlanInput): Promise<SamplingRun> {
    const plan = await this.plan(input.planId);
    assertRunnable(plan, input.day);
    return drawDay(this.em, plan, input.day, this.me.id);
  }
}

/** A plan runs when active, for a real day that has begun (UTC). */
export function assertRunnable(plan: SamplingPlan, day: string, today = utcToday()) {
  if (!isDay(day))
    throw auditError('BAD_USER_INPUT', 'INVALID_DAY', `"${day}" is not a date: use YYYY-MM-DD.`, { day });
  if (day > today)
    throw auditError(
      'BAD_USER_INPUT',
      'DAY_IN_FUTURE',
      `${day} is in the future: sample a day once its decisions are in.`,
      { day },
    );
  if (!plan.active)
    throw auditError('CONFLICT', 'PLAN_PAUSED', `Plan "${plan.name}" is paused: resume it to sample.`, {
      planName: plan.name,
    });
}
