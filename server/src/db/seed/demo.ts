import type { EntityManager } from '@mikro-orm/postgresql';
import { modules } from '../../app/modules.js';
import { Market } from '../../modules/identity/market.entity.js';
import { hashPassword } from '../../modules/identity/password.js';
import { Role, TeamKind } from '../../modules/identity/role.js';
import { Team } from '../../modules/identity/team.entity.js';
import { User } from '../../modules/identity/user.entity.js';
import { Vendor } from '../../modules/identity/vendor.entity.js';
import { Policy } from '../../modules/policy/policy.entity.js';

export const DEMO_PASSWORD = 'concord';

export const DEMO_MARKETS = [
  { code: 'it-IT', name: 'Italian (Italy)', vendor: 'Lumen BPO' },
  { code: 'de-DE', name: 'German (Germany)', vendor: 'Lumen BPO' },
  { code: 'fr-FR', name: 'French (France)', vendor: 'Lumen BPO' },
  { code: 'ko-KR', name: 'Korean (South Korea)', vendor: 'Harbor CX' },
  { code: 'es-ES', name: 'Spanish (Spain)', vendor: 'Harbor CX' },
  { code: 'pt-BR', name: 'Portuguese (Brazil)', vendor: 'Harbor CX' },
] as const;

type MarketCode = (typeof DEMO_MARKETS)[number]['code'];

/** One user of every role, and a moderator at the vendor of every market. */
export const DEMO_USERS: {
  email: string;
  name: string;
  role: Role;
  market: MarketCode;
  team: 'qa' | 'vendor' | null;
}[] = [
  { email: 'admin@concord.demo', name: 'Alex Admin', role: Role.ADMIN, market: 'it-IT', team: null },
  { email: 'policy@concord.demo', name: 'Priya Policy', role: Role.POLICY_OWNER, market: 'it-IT', team: null },
  { email: 'qa.manager@concord.demo', name: 'Marta Bianchi', role: Role.QA_MANAGER, market: 'it-IT', team: 'qa' },
  { email: 'qa.specialist@concord.demo', name: 'Luca Ferrari', role: Role.QA_SPECIALIST, market: 'it-IT', team: 'qa' },
  { email: 'moderator.it@concord.demo', name: 'Giulia Rossi', role: Role.MODERATOR, market: 'it-IT', team: 'vendor' },
  { email: 'moderator.de@concord.demo', name: 'Jonas Weber', role: Role.MODERATOR, market: 'de-DE', team: 'vendor' },
  { email: 'moderator.fr@concord.demo', name: 'Camille Martin', role: Role.MODERATOR, market: 'fr-FR', team: 'vendor' },
  { email: 'moderator.ko@concord.demo', name: 'Kim Min-jun', role: Role.MODERATOR, market: 'ko-KR', team: 'vendor' },
  { email: 'moderator.es@concord.demo', name: 'Lucía García', role: Role.MODERATOR, market: 'es-ES', team: 'vendor' },
  { email: 'moderator.pt@concord.demo', name: 'Ana Souza', role: Role.MODERATOR, market: 'pt-BR', team: 'vendor' },
];

export type SeedReport = { created: boolean; users: { email: string; role: Role; market: string }[] };

// Two processes starting on one empty database must not both seed.
const SEED_LOCK = 7_314_001;

/**
 * Fills an empty database (no users) with the demo markets, teams, users, policies and
 * cases, in one transaction; a database that has users is left alone (but for demo
 * policies and cases on a demo database that has none), so restarts never seed twice.
 */
export async function seedDemo(
  em: EntityManager,
  passwordCost?: { N: number; r: number; p: number },
): Promise<SeedReport> {
  const users = DEMO_USERS.map(({ email, role, market }) => ({ email, role, market }));
  const created = await em.transactional(async (tx) => {
    await tx.getConnection().execute('select pg_advisory_xact_lock(?)', [SEED_LOCK]);
    if ((await tx.count(User, {})) > 0) {
      // A database seeded before policies and cases existed gets them once.
      const owner = await tx.findOne(User, { email: 'policy@concord.demo' });
      if (owner) await seedDemoContent(tx, owner);
      return false;
    }
    // One hash for every demo user: they share one published password, and a hash at the
    // production cost takes 128 MiB and about a third of a second of CPU (22 of them were
    // most of a first start's seeding time).
    const hash = await hashPassword(DEMO_PASSWORD, passwordCost);
    const vendors = new Map<string, Vendor>();
    const teams = new Map<string, { qa: Team; vendor: Team }>();
    const markets = new Map<string, Market>();
    for (const spec of DEMO_MARKETS) {
      const market = tx.create(Market, { code: spec.code, name: spec.name });
      markets.set(spec.code, market);
      let vendor = vendors.get(spec.vendor);
      if (!vendor) {
        vendor = tx.create(Vendor, { name: spec.vendor });
        vendors.set(spec.vendor, vendor);
      }
      teams.set(spec.code, {
        qa: tx.create(Team, { name: `Trust & Safety QA ${spec.code}`, kind: TeamKind.INTERNAL, market }),
        vendor: tx.create(Team, { name: `${spec.vendor} ${spec.code}`, kind: TeamKind.VENDOR, market, vendor }),
      });
    }
    const people = DEMO_USERS.map((spec) =>
      tx.create(User, {
        email: spec.email,
        name: spec.name,
        role: spec.role,
        market: markets.get(spec.market)!,
        team: spec.team ? teams.get(spec.market)![spec.team] : null,
        passwordHash: hash,
      }),
    );
    await seedDemoContent(tx, people.find((u) => u.role === Role.POLICY_OWNER)!);
    return true;
  });
  return { created, users };
}

/**
 * The features' demo data: each module's `seedDemo`, in the modules' order (policies
 * with two versions each and a draft, about 300 cases, sessions, audits, …).
 */
async function seedDemoContent(tx: EntityManager, owner: User) {
  if ((await tx.count(Policy, {})) > 0) return;
  const moderators = Object.fromEntries(
    DEMO_USERS.filter((u) => u.role === Role.MODERATOR).map((u) => [u.market, u.email]),
  );
  for (const module of modules) {
    if ('seedDemo' in module) await module.seedDemo(tx, { policyOwner: owner, moderators });
  }
}
