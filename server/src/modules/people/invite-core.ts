import type { EntityManager } from '@mikro-orm/postgresql';
import { unmatchableHash, type PasswordCost } from '../identity/password.js';
import type { Market } from '../identity/market.entity.js';
import type { Role } from '../identity/role.js';
import type { Team } from '../identity/team.entity.js';
import { User } from '../identity/user.entity.js';
import { AuditAction } from '../shared/audit-log/audit-action.js';
import type { AuditTrail } from '../shared/audit-log/audit-trail.js';
import { enqueueJob } from '../shared/jobs.js';
import { Invitation } from './invitation.entity.js';
import { linkTokenHash, newLinkToken } from './link-token.js';
import { invitationMail, joinLink, mailLanguage } from './people.mail.js';

/** One person to add, already checked (people/placement.ts): where they work and what they read. */
export type NewPerson = {
  email: string;
  name: string;
  role: Role;
  market: Market;
  team: Team | null;
  others?: Market[];
  languages?: string[];
};

export type InviteDeps = { passwordCost: PasswordCost; publicUrl: string; invitationTtlMs: number };

/**
 * Adds a person who cannot sign in yet and their one-time link, in `tx`: the invitation
 * mail is queued in the same transaction (sent once it commits) unless `mail` is false (the
 * first admin, whose link the command prints). The entry names the inviter (`invitedBy`),
 * or nobody for the command line.
 */
export async function addInvited(
  tx: EntityManager,
  deps: InviteDeps,
  trail: AuditTrail,
  person: NewPerson,
  { invitedBy, mail = true }: { invitedBy: string | null; mail?: boolean },
) {
  const token = newLinkToken();
  const user = tx.create(User, {
    email: person.email,
    name: person.name,
    role: person.role,
    market: person.market,
    team: person.team,
    passwordHash: unmatchableHash(deps.passwordCost),
    joinedAt: null,
    languages: person.languages ?? [],
  });
  if (person.others) user.otherMarkets.set(person.others);
  const invitation = tx.create(Invitation, {
    user,
    invitedBy,
    tokenHash: linkTokenHash(token),
    expiresAt: new Date(Date.now() + deps.invitationTtlMs),
  });
  const language = mailLanguage(person.languages?.length ? person.languages : [person.market.language]);
  if (mail) {
    await enqueueJob(
      tx,
      'mail.send',
      invitationMail({ ...person, token, expiresAt: invitation.expiresAt, language, deps }),
    );
  }
  trail.add(tx, {
    action: AuditAction.INVITATION_SENT,
    ...(invitedBy === null ? { actor: null } : {}),
    target: { type: 'User', id: user.id, label: person.email },
    vendorId: person.team?.vendor?.id ?? null,
    after: { name: person.name, role: person.role, market: person.market.code, team: person.team?.name ?? null },
  });
  return { user, invitation, link: joinLink(deps.publicUrl, token) };
}
