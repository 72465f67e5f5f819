import type { EntityManager } from '@mikro-orm/postgresql';
import { CalibrationParticipant } from '../../modules/calibration/calibration-participant.entity.js';
import { SessionStatus } from '../../modules/calibration/calibration.enums.js';
import { Role } from '../../modules/identity/role.js';
import { Team } from '../../modules/identity/team.entity.js';
import { User } from '../../modules/identity/user.entity.js';

/** The demo domain; `demo generate`'s voters are at `generated.concord.demo` and have random passwords. */
const DEMO_DOMAIN = '@concord.demo';
const ROLE_ORDER = [Role.ADMIN, Role.POLICY_OWNER, Role.QA_MANAGER, Role.QA_SPECIALIST, Role.MODERATOR];

export type DemoSignIn = {
  email: string;
  role: Role;
  market: string;
  /** The vendor the user works for, if any. */
  vendor: string | null;
  /** Names of the teams the user leads. */
  leads: string[];
  /** Titles of the scheduled calibration sessions the user is invited to. */
  invitedTo: string[];
};

/**
 * Every demo account as the database holds it (whoever seeded it: the users, the extra
 * calibration voters, team leads), not a list kept by hand beside the seed, so the
 * start-up printout names everyone the README and the scheduled sessions do.
 */
export async function demoSignIns(em: EntityManager): Promise<DemoSignIn[]> {
  const users = await em.find(
    User,
    { email: { $like: `%${DEMO_DOMAIN}` }, active: true },
    { populate: ['market', 'team.vendor'] },
  );
  const led = await em.find(Team, { lead: { $in: users.map((u) => u.id) } }, { populate: ['lead'] });
  const invited = await em.find(
    CalibrationParticipant,
    { user: { $in: users.map((u) => u.id) }, session: { status: SessionStatus.SCHEDULED } },
    { populate: ['session'], orderBy: { session: { scheduledAt: 'asc' } } },
  );
  return users
    .map((user) => ({
      email: user.email,
      role: user.role,
      market: user.market.code,
      vendor: user.team?.vendor?.name ?? null,
      leads: led.filter((t) => t.lead?.id === user.id).map((t) => t.name),
      invitedTo: invited.filter((p) => p.user.id === user.id).map((p) => p.session.title),
    }))
    .sort(
      (a, b) =>
        ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
        (a.vendor ?? '').localeCompare(b.vendor ?? '') ||
        a.market.localeCompare(b.market) ||
        a.email.localeCompare(b.email),
    );
}

/** The printout's lines: role, market, email, and what the account is for in the demo. */
export function formatDemoSignIns(signIns: DemoSignIn[]): string[] {
  return signIns.map((s) => {
    const notes = [
      s.vendor,
      ...s.leads.map((team) => `lead of ${team}`),
      ...s.invitedTo.map((title) => `voter in “${title}”`),
    ].filter(Boolean);
    return `  ${s.role.padEnd(14)} ${s.market}  ${s.email.padEnd(36)} ${notes.join('; ')}`.trimEnd();
  });
}
