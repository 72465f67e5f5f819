import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import type { PageInput } from '../identity/identity.inputs.js';
import { ConnectionType, toConnection } from '../shared/connection.js';
import type { Viewer } from '../shared/viewer.js';
import { Invitation } from './invitation.entity.js';

export enum InvitationStatus {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(InvitationStatus, {
  name: 'InvitationStatus',
  description: 'OPEN: its link works; ACCEPTED: used; REVOKED: withdrawn; EXPIRED: not used in time.',
});

export const InvitationConnection = ConnectionType(Invitation);

@InputType()
export class InvitationsFilter {
  @Field(() => InvitationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(InvitationStatus)
  status?: InvitationStatus;

  @Field(() => ID, { nullable: true, description: "A vendor's people's invitations." })
  @IsOptional()
  @IsUUID()
  vendorId?: string;
}

export function statusOf(invitation: Invitation, now = Date.now()): InvitationStatus {
  if (invitation.acceptedAt) return InvitationStatus.ACCEPTED;
  if (invitation.revokedAt) return InvitationStatus.REVOKED;
  return invitation.expiresAt.getTime() <= now ? InvitationStatus.EXPIRED : InvitationStatus.OPEN;
}

function statusWhere(status: InvitationStatus | undefined, now: Date): FilterQuery<Invitation> {
  switch (status) {
    case InvitationStatus.ACCEPTED:
      return { acceptedAt: { $ne: null } };
    case InvitationStatus.REVOKED:
      return { acceptedAt: null, revokedAt: { $ne: null } };
    case InvitationStatus.EXPIRED:
      return { acceptedAt: null, revokedAt: null, expiresAt: { $lte: now } };
    case InvitationStatus.OPEN:
      return { acceptedAt: null, revokedAt: null, expiresAt: { $gt: now } };
    default:
      return {};
  }
}

/** Invitations an admin manages, newest first: every one for the platform's admins, their vendor's for a vendor's. */
export async function listInvitations(em: EntityManager, viewer: Viewer, filter: InvitationsFilter, page: PageInput) {
  const scope: FilterQuery<Invitation> =
    viewer.vendorId === null ? {} : { user: { team: { vendor: viewer.vendorId } } };
  const cursor = await em.findByCursor(
    Invitation,
    {
      $and: [
        scope,
        statusWhere(filter.status, new Date()),
        filter.vendorId ? { user: { team: { vendor: filter.vendorId } } } : {},
      ],
    },
    { first: page.first, after: page.after, orderBy: { createdAt: 'desc', id: 'desc' }, populate: ['user'] },
  );
  return toConnection(cursor);
}
