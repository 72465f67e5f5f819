import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../shared/context.js';
import type { CaseService } from './case.service.js';
import { loadRef } from '../shared/load.js';
import { PageInput } from '../identity/identity.inputs.js';
import { Market } from '../identity/market.entity.js';
import { Role } from '../identity/role.js';
import { Team } from '../identity/team.entity.js';
import { User } from '../identity/user.entity.js';
import { Policy } from '../policy/policy.entity.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import { TaxonomyLabel } from '../policy/taxonomy-label.embeddable.js';
import { CaseSort } from './case.enums.js';
import { Case } from './case.entity.js';
import { CasesFilter, ImportCasesInput } from './case.inputs.js';
import { CaseConnection, ImportCasesPayload } from './case.types.js';

/** What the case resolvers read from the request's context (`ctx.services.*`); the module declares it. */
export type CaseContext = RequestContext<{ case: CaseService }>;

/**
 * A case the viewer still has to vote on in a calibration session is masked in its own
 * field resolvers, so every way to it is covered: `case`, `cases`, a calibration item, an
 * audit, an RCA escalation's links (`Visibility.blindState`).
 */
@Resolver(() => Case)
export class CaseResolver {
  @Authorized()
  @Query(() => Case, { description: 'A case you may see (moderators: their team; vendors: their own).' })
  case(@Arg('id', () => ID) id: string, @Ctx() ctx: CaseContext) {
    return ctx.services.case.case(id);
  }

  @Authorized()
  @Query(() => CaseConnection, { description: 'Cases you may see, filtered, paged by cursor.' })
  cases(
    @Arg('filter', () => CasesFilter, { nullable: true }) filter: CasesFilter | undefined,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined,
    @Arg('sort', () => CaseSort, { defaultValue: CaseSort.DECIDED_AT_DESC }) sort: CaseSort,
    @Ctx() ctx: CaseContext,
  ) {
    return ctx.services.case.cases(filter ?? {}, page ?? new PageInput(), sort);
  }

  @Authorized()
  @Query(() => [String], { description: 'The queues of the cases you may see.' })
  caseQueues(@Ctx() ctx: CaseContext) {
    return ctx.services.case.queues();
  }

  @Authorized(Role.ADMIN, Role.QA_MANAGER, Role.QA_SPECIALIST)
  @Mutation(() => ImportCasesPayload, {
    description:
      'Imports a CSV or JSON Lines file of cases: every line is checked first and a file with any bad line is rejected whole (BAD_USER_INPUT, `extensions.lineErrors`); cases are upserted by (source, externalId).',
  })
  importCases(@Arg('input', () => ImportCasesInput) input: ImportCasesInput, @Ctx() ctx: CaseContext) {
    return ctx.services.case.importCases(input);
  }

  @FieldResolver(() => Market)
  market(@Root() item: Case) {
    return loadRef(item.market);
  }

  @FieldResolver(() => Team)
  team(@Root() item: Case) {
    return loadRef(item.team);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'Null on a calibration item not yet revealed to the viewer, who votes on it.',
  })
  async moderator(@Root() item: Case, @Ctx() ctx: CaseContext) {
    return (await ctx.services.visibility.blindState(item.id)) ? null : loadRef(item.moderator);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The moderator's decision: a label key of the version's taxonomy. Null on a calibration item not yet revealed to the viewer, who votes on it (it would hint at the answer).",
  })
  async decision(@Root() item: Case, @Ctx() ctx: CaseContext) {
    return (await ctx.services.visibility.blindState(item.id)) ? null : item.decision;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The text; for media, an optional caption. Null on a calibration item its voter has not been shown yet.',
  })
  async text(@Root() item: Case, @Ctx() ctx: CaseContext) {
    return (await ctx.services.visibility.blindState(item.id)) === 'pending' ? null : item.text;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'An http(s) URL of the image or video, or a path on this server (the demo’s /demo-media/…). Null on a calibration item its voter has not been shown yet.',
  })
  async mediaUrl(@Root() item: Case, @Ctx() ctx: CaseContext) {
    return (await ctx.services.visibility.blindState(item.id)) === 'pending' ? null : item.mediaUrl;
  }

  @FieldResolver(() => Policy)
  policy(@Root() item: Case) {
    return loadRef(item.policy);
  }

  @FieldResolver(() => PolicyVersion)
  policyVersion(@Root() item: Case) {
    return loadRef(item.policyVersion);
  }

  @FieldResolver(() => TaxonomyLabel, { nullable: true, description: 'The label `decision` names, from its version.' })
  async decisionLabel(@Root() item: Case, @Ctx() ctx: CaseContext) {
    if (await ctx.services.visibility.blindState(item.id)) return null;
    const version = await loadRef(item.policyVersion);
    return version.labels.find((l) => l.key === item.decision) ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Has sensitivity tags: show its media blurred until revealed.' })
  sensitive(@Root() item: Case) {
    return item.sensitivityTags.length > 0;
  }
}
