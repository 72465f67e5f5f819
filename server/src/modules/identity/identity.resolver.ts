import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../shared/context.js';
import type { IdentityService } from './identity.service.js';
import { loadRef } from '../shared/load.js';
import { PageInput, SetTeamLeadInput, SignInInput, UsersFilter } from './identity.inputs.js';
import { SetTeamLeadPayload, SignInPayload, UserConnection } from './identity.types.js';
import { Market } from './market.entity.js';
import { Role } from './role.js';
import { Team } from './team.entity.js';
import { User } from './user.entity.js';
import { Vendor } from './vendor.entity.js';

/** What the identity resolvers read from the request's context (`ctx.services.*`); the module declares it. */
export type IdentityContext = RequestContext<{ identity: IdentityService }>;

@Resolver(() => User)
export class UserResolver {
  @Mutation(() => SignInPayload, { description: 'Exchanges an email and password for a bearer token.' })
  signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: IdentityContext) {
    return ctx.services.identity.signIn(input, ctx.clientIp);
  }

  @Authorized()
  @Query(() => User, { description: 'The signed-in user.' })
  me(@Ctx() ctx: IdentityContext) {
    return ctx.services.identity.me(ctx.viewer!);
  }

  @Authorized(Role.ADMIN, Role.QA_MANAGER, Role.QA_SPECIALIST, Role.POLICY_OWNER)
  @Query(() => UserConnection, { description: 'Users the viewer may see (vendors see only their own people).' })
  users(
    @Arg('filter', () => UsersFilter, { nullable: true }) filter: UsersFilter | undefined,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined,
    @Ctx() ctx: IdentityContext,
  ) {
    return ctx.services.identity.users(ctx.viewer!, filter ?? {}, page ?? new PageInput());
  }

  @FieldResolver(() => Market)
  market(@Root() user: User) {
    return loadRef(user.market);
  }

  @FieldResolver(() => [Market], { description: 'Markets they also work in, besides their own.' })
  async otherMarkets(@Root() user: User) {
    return user.otherMarkets.isInitialized() ? user.otherMarkets.getItems() : user.otherMarkets.loadItems();
  }

  @FieldResolver(() => [String], { description: "Languages they read (BCP 47); their market's when none is set." })
  async languages(@Root() user: User) {
    return user.languages.length ? user.languages : [(await loadRef(user.market)).language];
  }

  @FieldResolver(() => Team, { nullable: true })
  team(@Root() user: User) {
    return user.team && loadRef(user.team);
  }

  @FieldResolver(() => Team, {
    nullable: true,
    description: "The team this user leads: they read its members' audits and may appeal for them.",
  })
  async leadsTeam(@Root() user: User) {
    const team = user.team && (await loadRef(user.team));
    return team && team.lead?.id === user.id ? team : null;
  }

  @FieldResolver(() => Boolean, {
    description:
      'A person of another vendor, shown to you without name, email or team ("another vendor’s reviewer"): only their role and market.',
  })
  anonymous(@Root() user: User) {
    return (user as User & { anonymous?: boolean }).anonymous === true;
  }
}

@Resolver(() => Team)
export class TeamResolver {
  @Authorized()
  @Query(() => [Market], { description: 'Every market.' })
  markets(@Ctx() ctx: IdentityContext) {
    return ctx.services.identity.markets();
  }

  @Authorized()
  @Query(() => [Team], { description: 'Teams the viewer may see.' })
  teams(@Ctx() ctx: IdentityContext) {
    return ctx.services.identity.teams(ctx.viewer!);
  }

  @FieldResolver(() => Market)
  market(@Root() team: Team) {
    return loadRef(team.market);
  }

  @FieldResolver(() => Vendor, { nullable: true })
  vendor(@Root() team: Team) {
    return team.vendor && loadRef(team.vendor);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'A member who reads the team’s audits and may appeal for them.',
  })
  lead(@Root() team: Team) {
    return team.lead && loadRef(team.lead);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SetTeamLeadPayload, {
    description: "Names a team's lead (one of its members), or clears it with userId null.",
  })
  async setTeamLead(@Arg('input', () => SetTeamLeadInput) input: SetTeamLeadInput, @Ctx() ctx: IdentityContext) {
    return { team: await ctx.services.identity.setTeamLead(ctx.viewer!, input) };
  }
}
