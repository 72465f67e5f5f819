import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../shared/context.js';
import type { RcaService } from './rca.service.js';
import { capped, firstArg, take } from '../shared/list-cap.js';
import { loadRef } from '../shared/load.js';
import { Audit } from '../audit/audit.entity.js';
import { Case } from '../case/case.entity.js';
import { Market } from '../identity/market.entity.js';
import { Role } from '../identity/role.js';
import { Team } from '../identity/team.entity.js';
import { User } from '../identity/user.entity.js';
import { Policy } from '../policy/policy.entity.js';
import { ActionItemStatus, RcaState } from './rca.enums.js';
import {
  AddRcaActionItemInput,
  CreateRcaEscalationInput,
  LinkRcaEscalationInput,
  ResolveRcaEscalationInput,
  SetRcaActionItemStatusInput,
  StartRcaEscalationInput,
} from './rca.inputs.js';
import {
  AddRcaActionItemPayload,
  CreateRcaEscalationPayload,
  LinkRcaEscalationPayload,
  RcaEffectiveness,
  ResolveRcaEscalationPayload,
  SetRcaActionItemStatusPayload,
  StartRcaEscalationPayload,
  TrendSnapshot,
} from './rca.types.js';
import { RcaActionItem } from './rca-action-item.entity.js';
import { RcaEscalation } from './rca-escalation.entity.js';

/** What the RCA resolvers read from the request's context (`ctx.services.*`); the module declares it. */
export type RcaContext = RequestContext<{ rca: RcaService }>;

const READERS = [Role.QA_SPECIALIST, Role.QA_MANAGER, Role.ADMIN, Role.POLICY_OWNER];
const FILERS = [Role.QA_SPECIALIST, Role.QA_MANAGER, Role.ADMIN];
const MANAGERS = [Role.QA_MANAGER, Role.ADMIN];

@Resolver(() => RcaEscalation)
export class RcaEscalationResolver {
  @Authorized(...READERS)
  @Query(() => RcaEscalation)
  rcaEscalation(@Arg('id', () => ID) id: string, @Ctx() ctx: RcaContext) {
    return ctx.services.rca.escalation(id);
  }

  @Authorized(...READERS)
  @Query(() => [RcaEscalation], { description: capped('Escalations in your scope, newest first.') })
  rcaEscalations(
    @Arg('state', () => RcaState, { nullable: true }) state: RcaState | undefined,
    @Arg('first', () => Int, firstArg) first: number,
    @Ctx() ctx: RcaContext,
  ) {
    return ctx.services.rca.escalations(state, take(first));
  }

  @Authorized(...MANAGERS)
  @Query(() => [RcaActionItem], {
    description: capped('Open action items past their due date, earliest first (QA managers).'),
  })
  overdueRcaActionItems(@Arg('first', () => Int, firstArg) first: number, @Ctx() ctx: RcaContext) {
    return ctx.services.rca.overdueActionItems(take(first));
  }

  @Authorized(...FILERS)
  @Mutation(() => CreateRcaEscalationPayload, { description: 'Files an escalation, by hand or from an error trend.' })
  async createRcaEscalation(
    @Arg('input', () => CreateRcaEscalationInput) input: CreateRcaEscalationInput,
    @Ctx() ctx: RcaContext,
  ) {
    return { escalation: await ctx.services.rca.create(input) };
  }

  @Authorized(...FILERS)
  @Mutation(() => LinkRcaEscalationPayload, {
    description: 'Links more audits and cases to an escalation that is not resolved.',
  })
  async linkRcaEscalation(
    @Arg('input', () => LinkRcaEscalationInput) input: LinkRcaEscalationInput,
    @Ctx() ctx: RcaContext,
  ) {
    return { escalation: await ctx.services.rca.link(input) };
  }

  @Authorized(...MANAGERS)
  @Mutation(() => StartRcaEscalationPayload, { description: 'open → in progress; you become its owner.' })
  async startRcaEscalation(
    @Arg('input', () => StartRcaEscalationInput) input: StartRcaEscalationInput,
    @Ctx() ctx: RcaContext,
  ) {
    return { escalation: await ctx.services.rca.start(input.escalationId) };
  }

  @Authorized(...MANAGERS)
  @Mutation(() => ResolveRcaEscalationPayload, { description: 'in progress → resolved, once no action item is open.' })
  async resolveRcaEscalation(
    @Arg('input', () => ResolveRcaEscalationInput) input: ResolveRcaEscalationInput,
    @Ctx() ctx: RcaContext,
  ) {
    return { escalation: await ctx.services.rca.resolve(input) };
  }

  @Authorized(...FILERS)
  @Mutation(() => AddRcaActionItemPayload, {
    description: 'Adds an action item to an escalation that is not resolved.',
  })
  async addRcaActionItem(
    @Arg('input', () => AddRcaActionItemInput) input: AddRcaActionItemInput,
    @Ctx() ctx: RcaContext,
  ) {
    const actionItem = await ctx.services.rca.addActionItem(input);
    return { actionItem, escalation: await loadRef(actionItem.escalation) };
  }

  @Authorized(...READERS)
  @Mutation(() => SetRcaActionItemStatusPayload, {
    description: "Done, dropped or open again: a QA manager or the item's owner.",
  })
  async setRcaActionItemStatus(
    @Arg('input', () => SetRcaActionItemStatusInput) input: SetRcaActionItemStatusInput,
    @Ctx() ctx: RcaContext,
  ) {
    const actionItem = await ctx.services.rca.setActionItemStatus(input);
    return { actionItem, escalation: await loadRef(actionItem.escalation) };
  }

  @FieldResolver(() => Market, { nullable: true })
  market(@Root() escalation: RcaEscalation) {
    return escalation.market && loadRef(escalation.market);
  }

  @FieldResolver(() => Policy, { nullable: true })
  policy(@Root() escalation: RcaEscalation) {
    return escalation.policy && loadRef(escalation.policy);
  }

  @FieldResolver(() => Team, { nullable: true })
  team(@Root() escalation: RcaEscalation, @Ctx() ctx: RcaContext) {
    return ctx.services.rca.team(escalation);
  }

  @FieldResolver(() => User, { nullable: true, description: "Null when another vendor's person." })
  filedBy(@Root() escalation: RcaEscalation, @Ctx() ctx: RcaContext) {
    return ctx.services.rca.person(escalation.filedBy);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: "The QA manager who took it on; null before, or when another vendor's.",
  })
  owner(@Root() escalation: RcaEscalation, @Ctx() ctx: RcaContext) {
    return ctx.services.rca.person(escalation.owner);
  }

  @FieldResolver(() => [Audit], { description: capped('Linked audits in your scope, oldest first.') })
  linkedAudits(
    @Root() escalation: RcaEscalation,
    @Arg('first', () => Int, firstArg) first: number,
    @Ctx() ctx: RcaContext,
  ) {
    return ctx.services.rca.linkedAudits(escalation, take(first));
  }

  @FieldResolver(() => [Case], { description: capped('Linked cases in your scope, oldest decision first.') })
  linkedCases(
    @Root() escalation: RcaEscalation,
    @Arg('first', () => Int, firstArg) first: number,
    @Ctx() ctx: RcaContext,
  ) {
    return ctx.services.rca.linkedCases(escalation, take(first));
  }

  @FieldResolver(() => [RcaActionItem], { description: 'Earliest due first.' })
  actionItems(@Root() escalation: RcaEscalation, @Ctx() ctx: RcaContext) {
    return ctx.services.rca.actionItems(escalation);
  }

  @FieldResolver(() => RcaEffectiveness, {
    description:
      'The error rate of its category and scope, `weeks` before it was opened against after it was resolved.',
  })
  effectiveness(
    @Root() escalation: RcaEscalation,
    @Arg('weeks', () => Int, { defaultValue: 4 }) weeks: number,
    @Ctx() ctx: RcaContext,
  ) {
    return ctx.services.rca.effectiveness(escalation, weeks);
  }

  @FieldResolver(() => TrendSnapshot, {
    nullable: true,
    description:
      'The error trend it was filed from, as it was then. Null for a vendor’s staff on a platform-wide escalation: its figures count every vendor.',
  })
  trend(@Root() escalation: RcaEscalation, @Ctx() ctx: RcaContext) {
    const vendorViewer = ctx.viewer?.vendorId != null;
    return vendorViewer && !escalation.team ? null : escalation.trend;
  }
}

@Resolver(() => RcaActionItem)
export class RcaActionItemResolver {
  @FieldResolver(() => RcaEscalation)
  escalation(@Root() item: RcaActionItem) {
    return loadRef(item.escalation);
  }

  @FieldResolver(() => User, { nullable: true, description: "Null when another vendor's person." })
  owner(@Root() item: RcaActionItem, @Ctx() ctx: RcaContext) {
    return ctx.services.rca.person(item.owner);
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date.' })
  overdue(@Root() item: RcaActionItem) {
    return item.status === ActionItemStatus.OPEN && item.dueDate < new Date().toISOString().slice(0, 10);
  }
}
