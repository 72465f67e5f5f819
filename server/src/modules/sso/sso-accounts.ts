import type { EntityManager } from '@mikro-orm/postgresql';
import { Market } from '../identity/market.entity.js';
import { unmatchableHash, type PasswordCost } from '../identity/password.js';
import { Role } from '../identity/role.js';
import { Team } from '../identity/team.entity.js';
import { User } from '../identity/user.entity.js';
import { Vendor } from '../identity/vendor.entity.js';
import type { IdentityClaims, OidcSettings } from './oidc-client.js';
import { SsoLink } from './sso-link.entity.js';
import { SsoRefusal } from './sso.errors.js';

/** The verified email the IdP gives, lower-cased; refused when missing, unverified or of another domain. */
export function emailOf(claims: IdentityClaims, settings: OidcSettings): string {
  const email = typeof claims['email'] === 'string' ? claims['email'].trim().toLowerCase() : '';
  if (!email.includes('@')) throw new SsoRefusal('EMAIL_MISSING', 'the IdP gave no email');
  if (claims['email_verified'] === false) throw new SsoRefusal('EMAIL_MISSING', `${email} is not verified`);
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (settings.allowedDomains.length > 0 && !settings.allowedDomains.includes(domain)) {
    throw new SsoRefusal('DOMAIN_NOT_ALLOWED', `${domain} is not in OIDC_ALLOWED_DOMAINS`, {
      userId: null,
      vendorId: null,
      email,
    });
  }
  return email;
}

/** Who the claims name: by their link (issuer and subject), else by email; null for nobody yet. */
export async function existingPerson(em: EntityManager, claims: IdentityClaims, email: string) {
  const link = await em.findOne(
    SsoLink,
    { issuer: claims.iss, subject: claims.sub },
    { populate: ['user.team.vendor'] },
  );
  if (link) return { user: link.user, linked: true };
  const user = await em.findOne(User, { email }, { populate: ['team.vendor'] });
  if (!user) return null;
  const who = { userId: user.id, vendorId: user.team?.vendor?.id ?? null, email };
  const other = await em.count(SsoLink, { user: user.id });
  if (other > 0) throw new SsoRefusal('LINKED_ELSEWHERE', `${email} is linked to another IdP account`, who);
  return { user, linked: false };
}

/** One claim's value as strings (IdPs send a string or a list). */
function values(claims: IdentityClaims, name: string | null): string[] {
  if (!name) return [];
  const value = claims[name];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
}

const JIT_ROLES = [Role.POLICY_OWNER, Role.QA_MANAGER, Role.QA_SPECIALIST, Role.MODERATOR];

/**
 * Where a just-in-time account goes, from the claims OIDC_ROLE_CLAIM (a Role name; never
 * ADMIN), OIDC_MARKET_CLAIM (a market code) and OIDC_VENDOR_CLAIM (a vendor's name; absent
 * for the platform's staff): the vendor's team in that market, or the market's internal team
 * for a moderator or QA specialist of the platform. Throws CLAIMS_UNMAPPED when any is missing.
 */
export async function jitPlacement(em: EntityManager, settings: OidcSettings, claims: IdentityClaims, email: string) {
  const who = { userId: null, vendorId: null, email };
  const unmapped = (detail: string) => new SsoRefusal('CLAIMS_UNMAPPED', detail, who);
  const role = values(claims, settings.claims.role)
    .map((v) => v.toUpperCase().replace(/[\s-]/g, '_') as Role)
    .find((v) => JIT_ROLES.includes(v));
  if (!role) throw unmapped(`no role in claim ${settings.claims.role ?? '(OIDC_ROLE_CLAIM unset)'}`);
  const code = values(claims, settings.claims.market)[0];
  const market = code ? await em.findOne(Market, { code: { $ilike: code } }) : null;
  if (!market) throw unmapped(`no market for ${code ?? '(no market claim)'}`);
  const vendorName = values(claims, settings.claims.vendor)[0];
  const vendor = vendorName ? await em.findOne(Vendor, { name: { $ilike: vendorName } }) : null;
  if (vendorName && !vendor) throw unmapped(`no vendor named ${vendorName}`);
  if (vendor && role === Role.POLICY_OWNER) throw unmapped('a policy owner is not at a vendor');
  const needsTeam = vendor || role === Role.MODERATOR || role === Role.QA_SPECIALIST;
  const team = needsTeam
    ? await em.findOne(Team, { market: market.id, vendor: vendor?.id ?? null }, { orderBy: { name: 'asc' } })
    : null;
  if (needsTeam && !team) throw unmapped(`no ${vendor ? vendor.name : 'internal'} team in ${market.code}`);
  return { role, market, team, vendor };
}

/** A new person from the IdP: no password works for them (they sign in by SSO). */
export function createPerson(
  tx: EntityManager,
  cost: PasswordCost,
  email: string,
  claims: IdentityClaims,
  place: Awaited<ReturnType<typeof jitPlacement>>,
) {
  const name = typeof claims['name'] === 'string' && claims['name'].trim() ? claims['name'].trim() : email;
  return tx.create(User, {
    email,
    name: name.slice(0, 200),
    role: place.role,
    market: place.market,
    team: place.team,
    passwordHash: unmatchableHash(cost),
    joinedAt: new Date(),
  });
}
