import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../shared/context.js';
import type { PasswordResetService } from './password-reset.service.js';
import type { PeopleAdminService } from './people-admin.service.js';
import type { PeopleService } from './people.service.js';
import { SignInPayload } from '../identity/identity.types.js';
import { Role } from '../identity/role.js';
import { User } from '../identity/user.entity.js';
import { loadRef } from '../shared/load.js';
import { Invitation } from './invitation.entity.js';
import { InvitationConnection, InvitationsFilter, InvitationStatus, statusOf } from './invitation-list.js';
import { PageInput } from '../identity/identity.inputs.js';
import {
  AcceptInvitationInput,
  ImportPeopleInput,
  InviteUserInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  RevokeInvitationInput,
  SetUserActiveInput,
  UpdateUserInput,
} from './people.inputs.js';
import {
  ImportPeoplePayload,
  InvitationPreview,
  InviteUserPayload,
  RequestPasswordResetPayload,
  RevokeInvitationPayload,
  SignOutEverywherePayload,
  UserPayload,
} from './people.types.js';

/** What the people resolvers read from the request's context (`ctx.services.*`); the module declares it. */
export type PeopleContext = RequestContext<{
  people: PeopleService;
  peopleAdmin: PeopleAdminService;
  passwordReset: PasswordResetService;
}>;

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
  @Mutation(() => ImportPeoplePayload, {
    description:
      'Invites every person of a CSV file, checked as a whole first: one bad line and nobody is invited. The same rules as inviteUser, line by line.',
  })
  importPeople(@Arg('input', () => ImportPeopleInput) input: ImportPeopleInput, @Ctx() ctx: PeopleContext) {
    return ctx.services.people.importFile(input);
  }

  @Authorized(Role.ADMIN, Role.QA_MANAGER)
  @Mutation(() => RevokeInvitationPayload, {
    description: 'Withdraws an invitation not yet accepted: its link stops working.',
  })
  revokeInvitation(@Arg('input', () => RevokeInvitationInput) input: RevokeInvitationInput, @Ctx() ctx: PeopleContext) {
    return ctx.services.people.revoke(input);
  }

  @Authorized(Role.ADMIN, Role.QA_MANAGER)
  @Query(() => InvitationConnection, {
    description:
      "Invitations you manage, newest first: every one for admins, their vendor's people's for a vendor's QA manager.",
  })
  invitations(
    @Arg('filter', () => InvitationsFilter, { nullable: true }) filter: InvitationsFilter | undefined,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined,
    @Ctx() ctx: PeopleContext,
  ) {
    return ctx.services.people.list(filter ?? {}, page ?? new PageInput());
  }

  @FieldResolver(() => InvitationStatus)
  status(@Root() invitation: Invitation) {
    return statusOf(invitation);
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

  @FieldResolver(() => User, { nullable: true, description: 'Null for an admin invited from the command line.' })
  invitedBy(@Root() invitation: Invitation) {
    return invitation.invitedBy && loadRef(invitation.invitedBy);
  }
}

@Resolver()
export class PasswordResolver {
  @Mutation(() => RequestPasswordResetPayload, {
    description:
      'Mails a one-hour link to choose a new password, if the email has an active account; the answer is the same either way.',
  })
  async requestPasswordReset(
    @Arg('input', () => RequestPasswordResetInput) input: RequestPasswordResetInput,
    @Ctx() ctx: PeopleContext,
  ) {
    return { accepted: await ctx.services.passwordReset.request(input.email) };
  }

  @Mutation(() => SignInPayload, {
    description: 'Sets a new password from a reset link (once), signs out every other sign-in, and signs in.',
  })
  resetPassword(@Arg('input', () => ResetPasswordInput) input: ResetPasswordInput, @Ctx() ctx: PeopleContext) {
    return ctx.services.passwordReset.reset(input);
  }

  @Authorized()
  @Mutation(() => SignOutEverywherePayload, {
    description: 'Ends every sign-in of your account, on every device, this one included.',
  })
  async signOutEverywhere(@Ctx() ctx: PeopleContext) {
    return { signedOut: await ctx.services.passwordReset.signOutEverywhere() };
  }
}

@Resolver()
export class PeopleAdminResolver {
  @Authorized(Role.ADMIN, Role.QA_MANAGER)
  @Mutation(() => UserPayload, {
    description:
      "Changes a person's name, role, market or team (fields left out stay). A vendor's QA manager: their vendor's people, teams and roles up to their own.",
  })
  updateUser(@Arg('input', () => UpdateUserInput) input: UpdateUserInput, @Ctx() ctx: PeopleContext) {
    return ctx.services.peopleAdmin.update(input);
  }

  @Authorized(Role.ADMIN, Role.QA_MANAGER)
  @Mutation(() => UserPayload, {
    description: 'Ends a person’s sign-in at once (every device); their votes, audits and answers stay theirs.',
  })
  deactivateUser(@Arg('input', () => SetUserActiveInput) input: SetUserActiveInput, @Ctx() ctx: PeopleContext) {
    return ctx.services.peopleAdmin.setActive(input, false);
  }

  @Authorized(Role.ADMIN, Role.QA_MANAGER)
  @Mutation(() => UserPayload, { description: 'Lets a deactivated person sign in again.' })
  reactivateUser(@Arg('input', () => SetUserActiveInput) input: SetUserActiveInput, @Ctx() ctx: PeopleContext) {
    return ctx.services.peopleAdmin.setActive(input, true);
  }
}
