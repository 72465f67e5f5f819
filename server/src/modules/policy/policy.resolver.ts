import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../shared/context.js';
import type { PolicyService } from './policy.service.js';
import { loadRef } from '../shared/load.js';
import { Role } from '../identity/role.js';
import { User } from '../identity/user.entity.js';
import { Acknowledgement } from './acknowledgement.entity.js';
import { FaqEntry } from './faq-entry.entity.js';
import {
  AcknowledgePolicyVersionInput,
  AddFaqEntryInput,
  CreatePolicyInput,
  CreatePolicyVersionInput,
  DiscardPolicyVersionInput,
  PoliciesFilter,
  PublishPolicyVersionInput,
  RemoveFaqEntryInput,
  RetirePolicyVersionInput,
  UpdatePolicyInput,
  UpdatePolicyVersionInput,
} from './policy.inputs.js';
import { Policy } from './policy.entity.js';
import {
  AcknowledgePolicyVersionPayload,
  AcknowledgementReport,
  AddFaqEntryPayload,
  CreatePolicyPayload,
  CreatePolicyVersionPayload,
  DiscardPolicyVersionPayload,
  PolicyVersionDiff,
  PublishPolicyVersionPayload,
  RemoveFaqEntryPayload,
  RetirePolicyVersionPayload,
  UpdatePolicyPayload,
  UpdatePolicyVersionPayload,
} from './policy.types.js';
import { PolicyVersion } from './policy-version.entity.js';

/** What the policy resolvers read from the request's context (`ctx.services.*`); the module declares it. */
export type PolicyContext = RequestContext<{ policy: PolicyService }>;

/** Who writes policies and their versions. */
const AUTHORS = [Role.POLICY_OWNER, Role.ADMIN];

@Resolver(() => Policy)
export class PolicyResolver {
  @Authorized()
  @Query(() => [Policy], { description: 'Every policy, by title.' })
  policies(
    @Arg('filter', () => PoliciesFilter, { nullable: true }) filter: PoliciesFilter | undefined,
    @Ctx() ctx: PolicyContext,
  ) {
    return ctx.services.policy.policies(filter ?? {});
  }

  @Authorized()
  @Query(() => Policy)
  policy(@Arg('id', () => ID) id: string, @Ctx() ctx: PolicyContext) {
    return ctx.services.policy.policy(id);
  }

  @Authorized(...AUTHORS)
  @Mutation(() => CreatePolicyPayload, { description: 'Creates a policy with an empty draft as version 1.' })
  createPolicy(@Arg('input', () => CreatePolicyInput) input: CreatePolicyInput, @Ctx() ctx: PolicyContext) {
    return ctx.services.policy.createPolicy(input);
  }

  @Authorized(...AUTHORS)
  @Mutation(() => UpdatePolicyPayload, { description: "Changes a policy's title, area or description (not its key)." })
  updatePolicy(@Arg('input', () => UpdatePolicyInput) input: UpdatePolicyInput, @Ctx() ctx: PolicyContext) {
    return ctx.services.policy.updatePolicy(input);
  }

  @FieldResolver(() => [PolicyVersion], { description: 'Newest first; drafts only for internal staff.' })
  versions(@Root() policy: Policy, @Ctx() ctx: PolicyContext) {
    return ctx.services.policy.versionsOf(policy);
  }

  @FieldResolver(() => PolicyVersion, {
    nullable: true,
    description: 'The published version in force today (the latest effective date that has come).',
  })
  currentVersion(@Root() policy: Policy, @Ctx() ctx: PolicyContext) {
    return ctx.services.policy.currentVersionOf(policy);
  }
}

@Resolver(() => PolicyVersion)
export class PolicyVersionResolver {
  @Authorized()
  @Query(() => PolicyVersion, { description: 'A version; drafts only for internal staff.' })
  policyVersion(@Arg('id', () => ID) id: string, @Ctx() ctx: PolicyContext) {
    return ctx.services.policy.version(id);
  }

  @Authorized()
  @Query(() => PolicyVersionDiff, { description: 'What changed from one version of a policy to another.' })
  policyVersionDiff(
    @Arg('fromId', () => ID) fromId: string,
    @Arg('toId', () => ID) toId: string,
    @Ctx() ctx: PolicyContext,
  ) {
    return ctx.services.policy.diff(fromId, toId);
  }

  @Authorized(...AUTHORS)
  @Mutation(() => CreatePolicyVersionPayload, {
    description: 'Starts the next version as a draft copied from a base version (default: the latest).',
  })
  createPolicyVersion(
    @Arg('input', () => CreatePolicyVersionInput) input: CreatePolicyVersionInput,
    @Ctx() ctx: PolicyContext,
  ) {
    return ctx.services.policy.createVersion(input);
  }

  @Authorized(...AUTHORS)
  @Mutation(() => UpdatePolicyVersionPayload, { description: 'Edits a draft; CONFLICT once it is published.' })
  updatePolicyVersion(
    @Arg('input', () => UpdatePolicyVersionInput) input: UpdatePolicyVersionInput,
    @Ctx() ctx: PolicyContext,
  ) {
    return ctx.services.policy.updateVersion(input);
  }

  @Authorized(...AUTHORS)
  @Mutation(() => PublishPolicyVersionPayload, {
    description: 'Publishes a complete draft; it is immutable from then on.',
  })
  publishPolicyVersion(
    @Arg('input', () => PublishPolicyVersionInput) input: PublishPolicyVersionInput,
    @Ctx() ctx: PolicyContext,
  ) {
    return ctx.services.policy.publish(input.versionId);
  }

  @Authorized(...AUTHORS)
  @Mutation(() => RetirePolicyVersionPayload, { description: 'Takes a published version out of force.' })
  retirePolicyVersion(
    @Arg('input', () => RetirePolicyVersionInput) input: RetirePolicyVersionInput,
    @Ctx() ctx: PolicyContext,
  ) {
    return ctx.services.policy.retire(input.versionId);
  }

  @Authorized(...AUTHORS)
  @Mutation(() => DiscardPolicyVersionPayload, { description: 'Deletes a draft; published versions are kept.' })
  discardPolicyVersion(
    @Arg('input', () => DiscardPolicyVersionInput) input: DiscardPolicyVersionInput,
    @Ctx() ctx: PolicyContext,
  ) {
    return ctx.services.policy.discard(input.versionId);
  }

  @Authorized()
  @Mutation(() => AcknowledgePolicyVersionPayload, { description: 'Records that you have read a published version.' })
  acknowledgePolicyVersion(
    @Arg('input', () => AcknowledgePolicyVersionInput) input: AcknowledgePolicyVersionInput,
    @Ctx() ctx: PolicyContext,
  ) {
    return ctx.services.policy.acknowledge(input.versionId);
  }

  @Authorized(...AUTHORS)
  @Mutation(() => AddFaqEntryPayload, { description: "Adds a question and answer at the end of a version's FAQ." })
  addFaqEntry(@Arg('input', () => AddFaqEntryInput) input: AddFaqEntryInput, @Ctx() ctx: PolicyContext) {
    return ctx.services.policy.addFaqEntry(input.versionId, input);
  }

  @Authorized(...AUTHORS)
  @Mutation(() => RemoveFaqEntryPayload)
  removeFaqEntry(@Arg('input', () => RemoveFaqEntryInput) input: RemoveFaqEntryInput, @Ctx() ctx: PolicyContext) {
    return ctx.services.policy.removeFaqEntry(input.entryId);
  }

  @FieldResolver(() => Policy)
  policy(@Root() version: PolicyVersion) {
    return loadRef(version.policy);
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() version: PolicyVersion) {
    return version.createdBy && loadRef(version.createdBy);
  }

  @FieldResolver(() => User, { nullable: true })
  publishedBy(@Root() version: PolicyVersion) {
    return version.publishedBy && loadRef(version.publishedBy);
  }

  @FieldResolver(() => [FaqEntry], { description: 'In order.' })
  faq(@Root() version: PolicyVersion, @Ctx() ctx: PolicyContext) {
    return ctx.services.policy.faqOf(version);
  }

  @FieldResolver(() => Acknowledgement, { nullable: true, description: 'Your acknowledgement, if you have given it.' })
  myAcknowledgement(@Root() version: PolicyVersion, @Ctx() ctx: PolicyContext) {
    return ctx.services.policy.myAcknowledgement(version);
  }

  @Authorized(Role.POLICY_OWNER, Role.ADMIN, Role.QA_MANAGER)
  @FieldResolver(() => AcknowledgementReport, { description: 'Who, per market, has and has not acknowledged it.' })
  acknowledgements(@Root() version: PolicyVersion, @Ctx() ctx: PolicyContext) {
    return ctx.services.policy.acknowledgementReport(version);
  }
}

@Resolver(() => FaqEntry)
export class FaqEntryResolver {
  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() entry: FaqEntry) {
    return entry.createdBy && loadRef(entry.createdBy);
  }
}

@Resolver(() => Acknowledgement)
export class AcknowledgementResolver {
  @FieldResolver(() => User)
  user(@Root() acknowledgement: Acknowledgement) {
    return loadRef(acknowledgement.user);
  }

  @FieldResolver(() => Date, { description: 'When the user acknowledged the version.' })
  acknowledgedAt(@Root() acknowledgement: Acknowledgement) {
    return acknowledgement.createdAt;
  }
}
