import type { EntityManager } from '@mikro-orm/postgresql';
import { isEmail } from 'class-validator';
import { Market } from '../identity/market.entity.js';
import { Role } from '../identity/role.js';
import { User } from '../identity/user.entity.js';
import { AuditAction } from '../shared/audit-log/audit-action.js';
import { AuditTrail } from '../shared/audit-log/audit-trail.js';
import { badInput, conflict } from '../shared/errors.js';
import { retryingTransaction } from '../shared/transaction.js';
import { isLanguageTag, isTimeZone } from '../shared/validators.js';
import { addInvited, type InviteDeps } from './invite-core.js';

export type FirstAdminInput = {
  email: string;
  name: string;
  /** Their market's code; made when it does not exist yet (a new organisation has none). */
  market: string;
  /** For a market made here. */
  timeZone?: string;
  marketName?: string;
};

/**
 * An admin from the command line (`concord users create-admin`): the way into an
 * organisation set up from an empty database, or back in when no admin can sign in. The
 * person is invited by nobody and their one-time link comes back to be printed, not mailed.
 */
export async function createAdmin(em: EntityManager, deps: InviteDeps, input: FirstAdminInput) {
  const email = input.email.trim().toLowerCase();
  const name = input.name.trim();
  if (!isEmail(email) || email.length > 320) throw badInput(`"${input.email}" is not an email address.`);
  if (!/\S/.test(name) || name.length > 200) throw badInput('The name must be 1 to 200 characters, not blank.');
  if (!isLanguageTag(input.market))
    throw badInput(`"${input.market}" is not a market code (a BCP 47 tag, e.g. it-IT).`);
  const timeZone = input.timeZone ?? 'UTC';
  if (!isTimeZone(timeZone)) throw badInput(`"${timeZone}" is not an IANA time zone (e.g. Europe/Rome).`);
  const [code] = Intl.getCanonicalLocales(input.market) as [string];
  return retryingTransaction(em, async (tx) => {
    if (await tx.count(User, { email })) throw conflict(`Someone already has the email ${email}.`);
    const trail = new AuditTrail(tx, null, 'command line');
    let market = await tx.findOne(Market, { code });
    const madeMarket = !market;
    if (!market) {
      const englishName = new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
      market = tx.create(Market, {
        code,
        name: input.marketName?.trim() || englishName,
        language: code.split('-')[0]!,
        timeZone,
      });
      trail.add(tx, {
        action: AuditAction.MARKET_CREATED,
        actor: null,
        target: { type: 'Market', id: market.id, label: code },
        after: { code, name: market.name, timeZone },
      });
    }
    const person = { email, name, role: Role.ADMIN, market, team: null };
    const { user, link, invitation } = await addInvited(tx, deps, trail, person, { invitedBy: null, mail: false });
    return { user, link, expiresAt: invitation.expiresAt, market: { code: market.code, made: madeMarket } };
  });
}
