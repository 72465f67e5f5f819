import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../shared/context.js';
import type { PeopleService } from './people.service.js';
import { SignInPayload } from '../identity/identity.types.js';
import { Role } from '../identity/role.js';
import { User } from '../identity/user.entity.js';
import { loadRef } from '../shared/load.js';
import { Invitation } from './invitation.entity.js';
import { AcceptInvitationInput, InviteUserInput, RevokeInvitationInput } from './people.inputs.js';
import { InvitationPreview, InviteUserPayload, RevokeInvitationPayload } from './people.types.js';

/** What the people resolvers read from the request's context (`ctx.services.*`); the module declares it. */
export type PeopleContext = RequestContext<{ people: PeopleService }>;

@Resolver(() => Invitation)
export class InvitationResolver {
  @Authorized(Role.ADMIN, Role.QA_MANAGER)
  @Mutation(() => InviteUserPayload, {
    description:
      "Adds a person and mails them a one-time link to join. Admins add anyone; a vendor's QA manager adds people to their vendor's teams, in roles up to their own.",
  })
  inviteUser(@Arg('input', () => InviteUserInput) input: InviteUserInput, @Ctx() ctx: PeopleContext) {
    return ctx.services.people.invite(input);
  }

  @Authorized(Role.ADMIN, Role.QA_MANAGER)
  @Mutation(() => RevokeInvitationPayload, {
    description: 'Withdraws an invitation not yet accepted: its link stops working.',
  })
  revokeInvitation(@Arg('input', () => RevokeInvitationInput) input: RevokeInvitationInput, @Ctx() ctx: PeopleContext) {
    return ctx.services.people.revoke(input);
  }

  @Query(() => InvitationPreview, {
    description: "Whom an invitation link is for, before they set a password; the link's token is the only key.",
  })
  invitation(@Arg('token') token: string, @Ctx() ctx: PeopleContext) {
    return ctx.services.people.preview(token);
  }

  @Mutation(() => SignInPayload, {
    description: 'Sets the invited person’s password from their link (once) and signs them in.',
  })
  acceptInvitation(@Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput, @Ctx() ctx: PeopleContext) {
    return ctx.services.people.accept(input);
  }

  @FieldResolver(() => User)
  user(@Root() invitation: Invitation) {
    return loadRef(invitation.user);
  }

  @FieldResolver(() => User)
  invitedBy(@Root() invitation: Invitation) {
    return loadRef(invitation.invitedBy);
  }
}
