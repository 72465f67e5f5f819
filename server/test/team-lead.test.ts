import type { EntityManager } from '@mikro-orm/postgresql';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorCategory, Verdict } from '../src/modules/audit/audit.enums.js';
import { Role } from '../src/modules/identity/role.js';
import { auditPolicy, casesOnDay, uniqueQueue } from './support/audit-fixtures.js';
import { dayFromToday, insertAudits } from './support/audit-history.js';
import { codeOf, ok } from './support/policy-fixtures.js';
import { useTestServer } from './support/test-server.js';
import { createMarket, createTeam, createUser, createVendor } from './support/users.js';

// A vendor's German team led by one of its moderators, with a teammate and a moderator
// whose incorrect verdict, audited two days ago, is open to appeal (and a correct one); the
// same vendor's Italian team with an incorrect verdict of its own moderator.
const server = useTestServer();

const TEAMS = '{ teams { id name lead { email } } }';
const SET_LEAD = 'mutation($input: SetTeamLeadInput!) { setTeamLead(input: $input) { team { id lead { email } } } }';
const ME = '{ me { email leadsTeam { id name } } }';
const AUDITS = `query($filter: AuditsFilter) {
  audits(filter: $filter, page: { first: 200 }) {
    totalCount
    edges { node { id verdict canAppeal appealDeadline countsAgainstModerator moderator { email } team { name } appeal { id } } }
  }
}`;
const AUDIT = `query($id: ID!) {
  audit(id: $id) { id countsAgainstModerator appeal { id status appellant { email } } moderator { email } }
}`;
const AUDIT_APPEALABLE = 'query($id: ID!) { audit(id: $id) { id canAppeal } }';
const FILE_APPEAL = `mutation($input: FileAppealInput!) {
  fileAppeal(input: $input) { appeal { id status appellant { email } audit { id moderator { email } } } }
}`;
const DECIDE = `mutation($input: DecideAppealInput!) {
  decideAppeal(input: $input) { appeal { id status audit { id countsAgainstModerator } } }
}`;
const APPEALS = '{ appeals { id status appellant { email } audit { id moderator { email } } } }';

type Audit = {
  id: string;
  verdict: string | null;
  canAppeal: boolean;
  appealDeadline: string | null;
  moderator: { email: string };
  team: { name: string };
  appeal: { id: string } | null;
};

const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
let LEAD: string;
let TEAMMATE: string;
let MOD_DE: string;
let MOD_IT: string;
let ADMIN: string;
let MANAGER: string;
let GERMAN: string;
let ITALIAN: string;
let teams: { id: string; name: string; lead: { email: string } | null }[];
const teamId = (name: string) => teams.find((t) => t.name === name)!.id;

const audits = async (token: string, filter: Record<string, unknown> = {}) =>
  (await ok(server(), AUDITS, { filter: { status: 'COMPLETED', ...filter } }, token)).audits.edges.map(
    (e: { node: Audit }) => e.node,
  ) as Audit[];

beforeAll(async () => {
  const em = server().concord.deps.orm.em.fork() as EntityManager;
  const [de, it] = [await createMarket(em, 'de'), await createMarket(em, 'it')];
  const vendor = await createVendor(em);
  const german = await createTeam(em, { market: de, vendor });
  const italian = await createTeam(em, { market: it, vendor });
  const staff = await createTeam(em, { market: de });
  const people = {
    admin: await createUser(em, Role.ADMIN, de),
    manager: await createUser(em, Role.QA_MANAGER, de, { team: staff }),
    lead: await createUser(em, Role.MODERATOR, de, { team: german, name: 'Team lead' }),
    teammate: await createUser(em, Role.MODERATOR, de, { team: german }),
    modDe: await createUser(em, Role.MODERATOR, de, { team: german }),
    modIt: await createUser(em, Role.MODERATOR, it, { team: italian }),
  };
  german.lead = people.lead;
  await em.flush();
  for (const user of Object.values(people)) {
    ids[user.email] = user.id;
    tokens[user.email] = await server().signIn(user.email);
  }
  [ADMIN, MANAGER, LEAD, TEAMMATE, MOD_DE, MOD_IT] = [
    people.admin.email,
    people.manager.email,
    people.lead.email,
    people.teammate.email,
    people.modDe.email,
    people.modIt.email,
  ];
  [GERMAN, ITALIAN] = [german.name, italian.name];

  // Completed audits two days old: the German moderator's incorrect and correct verdicts,
  // one each of the lead and the teammate, and an incorrect one in the Italian team.
  const { version } = await auditPolicy(em);
  const day = dayFromToday(-2);
  const auditor = await createUser(em, Role.QA_SPECIALIST, de, { team: staff });
  const audit = async (moderator: string, verdicts: Verdict[]) => {
    const queue = uniqueQueue('team-lead');
    const { cases } = await casesOnDay(em, {
      day,
      queue,
      moderatorEmails: [moderator],
      decisions: [verdicts.length],
      version,
    });
    await insertAudits(
      em,
      cases[0]!.market.code,
      verdicts.map((verdict) => ({
        day,
        verdict,
        errorCategory: verdict === Verdict.INCORRECT ? ErrorCategory.WRONG_SEVERITY : undefined,
      })),
      { cases, auditor, queue },
    );
  };
  await audit(MOD_DE, [Verdict.INCORRECT, Verdict.CORRECT]);
  await audit(LEAD, [Verdict.CORRECT]);
  await audit(TEAMMATE, [Verdict.INCORRECT]);
  await audit(MOD_IT, [Verdict.INCORRECT]);

  teams = (await ok(server(), TEAMS, {}, tokens[ADMIN]!)).teams;
});

describe('team leads', () => {
  it('are named by an admin from the team’s own members, and nobody else may name them', async () => {
    const admin = tokens[ADMIN]!;
    expect(teams.find((t) => t.name === GERMAN)!.lead).toEqual({ email: LEAD });
    expect((await ok(server(), ME, {}, tokens[LEAD]!)).me.leadsTeam).toMatchObject({ name: GERMAN });
    expect((await ok(server(), ME, {}, tokens[TEAMMATE]!)).me.leadsTeam).toBeNull();

    const italian = teamId(ITALIAN);
    const outsider = await server().gql(SET_LEAD, { input: { teamId: italian, userId: ids[LEAD] } }, admin);
    expect(codeOf(outsider)).toBe('BAD_USER_INPUT');
    expect(outsider.errors![0]!.message).toContain(`not an active member of team "${ITALIAN}"`);
    const byManager = await server().gql(SET_LEAD, { input: { teamId: italian, userId: null } }, tokens[MANAGER]);
    expect(codeOf(byManager)).toBe('FORBIDDEN');
    const byLead = await server().gql(
      SET_LEAD,
      { input: { teamId: teamId(GERMAN), userId: ids[TEAMMATE] } },
      tokens[LEAD],
    );
    expect(codeOf(byLead)).toBe('FORBIDDEN');
    const after = (await ok(server(), TEAMS, {}, admin)).teams as typeof teams;
    expect(after.find((t) => t.name === ITALIAN)!.lead).toBeNull();
    expect(after.find((t) => t.name === GERMAN)!.lead).toEqual({ email: LEAD });
  });

  it('read their team’s completed audits with teamId, and no other team’s; their own list stays their own', async () => {
    const german = teamId(GERMAN);
    const team = await audits(tokens[LEAD]!, { teamId: german });
    expect(team).toHaveLength(4);
    expect(new Set(team.map((a) => a.team.name))).toEqual(new Set([GERMAN]));
    expect(team.some((a) => a.moderator.email === MOD_DE)).toBe(true);
    // Exactly what the moderator reads of his own.
    const his = await audits(tokens[MOD_DE]!);
    expect(
      team
        .filter((a) => a.moderator.email === MOD_DE)
        .map((a) => a.id)
        .sort(),
    ).toEqual(his.map((a) => a.id).sort());

    expect((await audits(tokens[LEAD]!)).every((a) => a.moderator.email === LEAD)).toBe(true);
    expect(await audits(tokens[LEAD]!, { teamId: teamId(ITALIAN) })).toEqual([]);
    expect(await audits(tokens[TEAMMATE]!, { teamId: german })).toEqual(await audits(tokens[TEAMMATE]!));
    expect((await audits(tokens[TEAMMATE]!, { teamId: german })).every((a) => a.moderator.email === TEAMMATE)).toBe(
      true,
    );

    const italianAudit = (await audits(tokens[MOD_IT]!))[0]!;
    expect(codeOf(await server().gql(AUDIT, { id: italianAudit.id }, tokens[LEAD]))).toBe('NOT_FOUND');
  });

  it('appeal a teammate’s verdict within the window; the moderator sees it, cannot appeal again, and a QA manager decides', async () => {
    const german = teamId(GERMAN);
    const team = await audits(tokens[LEAD]!, { teamId: german });
    const open = team.find((a) => a.moderator.email === MOD_DE && a.canAppeal)!;
    expect(open).toBeDefined();
    // An error audited ten days ago: past the window (7 days in tests as by default).
    const older = team.find((a) => a.moderator.email === MOD_DE && a.verdict === 'CORRECT')!;
    await server()
      .concord.deps.orm.em.getConnection()
      .execute(`update audit set verdict = 'INCORRECT', audited_at = now() - interval '10 days' where id = ?`, [
        older.id,
      ]);
    const expired = (await ok(server(), AUDIT_APPEALABLE, { id: older.id }, tokens[LEAD]!)).audit as Audit;
    expect(expired.canAppeal).toBe(false);
    const reason = 'The video is news reporting on the incident, which version 2 allows with context.';

    // A teammate who does not lead cannot; outside the window nobody can; outside the team it does not exist.
    const byTeammate = await server().gql(FILE_APPEAL, { input: { auditId: open.id, reason } }, tokens[TEAMMATE]);
    expect(codeOf(byTeammate)).toBe('NOT_FOUND');
    const late = await server().gql(FILE_APPEAL, { input: { auditId: expired.id, reason } }, tokens[LEAD]);
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.errors![0]!.message).toMatch(/appeal window closed/);
    const italian = (await audits(tokens[MOD_IT]!)).find((a) => a.verdict === 'INCORRECT')!;
    expect(codeOf(await server().gql(FILE_APPEAL, { input: { auditId: italian.id, reason } }, tokens[LEAD]))).toBe(
      'NOT_FOUND',
    );
    expect((await ok(server(), AUDIT, { id: open.id }, tokens[MOD_DE]!)).audit.appeal).toBeNull();

    const filed = (await ok(server(), FILE_APPEAL, { input: { auditId: open.id, reason } }, tokens[LEAD]!)).fileAppeal
      .appeal;
    expect(filed).toMatchObject({
      status: 'OPEN',
      appellant: { email: LEAD },
      audit: { moderator: { email: MOD_DE } },
    });

    // The moderator sees the appeal filed for him, and cannot file a second one.
    const seen = (await ok(server(), AUDIT, { id: open.id }, tokens[MOD_DE]!)).audit;
    expect(seen.appeal).toMatchObject({ id: filed.id, status: 'OPEN', appellant: { email: LEAD } });
    const again = await server().gql(FILE_APPEAL, { input: { auditId: open.id, reason } }, tokens[MOD_DE]);
    expect(codeOf(again)).toBe('CONFLICT');

    // The QA manager sees who filed it, and overturns: the verdict stops counting; the lead sees the outcome.
    const appeals = (await ok(server(), APPEALS, {}, tokens[MANAGER]!)).appeals;
    expect(appeals.find((a: { id: string }) => a.id === filed.id)).toMatchObject({
      appellant: { email: LEAD },
      audit: { moderator: { email: MOD_DE } },
    });
    const decided = await ok(
      server(),
      DECIDE,
      { input: { appealId: filed.id, outcome: 'OVERTURN', note: 'Agreed: newsworthy context.' } },
      tokens[MANAGER]!,
    );
    expect(decided.decideAppeal.appeal).toMatchObject({
      status: 'OVERTURNED',
      audit: { countsAgainstModerator: false },
    });
    const leadView = (await ok(server(), APPEALS, {}, tokens[LEAD]!)).appeals;
    expect(leadView.find((a: { id: string }) => a.id === filed.id)).toMatchObject({ status: 'OVERTURNED' });
    expect((await ok(server(), AUDIT, { id: open.id }, tokens[MOD_DE]!)).audit.countsAgainstModerator).toBe(false);
  });

  it('lose the team’s audits once an admin clears the lead', async () => {
    const german = teamId(GERMAN);
    await ok(server(), SET_LEAD, { input: { teamId: german, userId: null } }, tokens[ADMIN]!);
    expect((await ok(server(), ME, {}, tokens[LEAD]!)).me.leadsTeam).toBeNull();
    expect((await audits(tokens[LEAD]!, { teamId: german })).every((a) => a.moderator.email === LEAD)).toBe(true);
    await ok(server(), SET_LEAD, { input: { teamId: german, userId: ids[LEAD] } }, tokens[ADMIN]!);
  });
});
