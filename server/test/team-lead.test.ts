import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/policy-fixtures.js';
import { useTestServer } from './support/test-server.js';

// The demo data names Lena Schmidt lead of "Lumen BPO de-DE" and leaves one of her
// teammate moderator.de's incorrect verdicts, audited two days ago, open to appeal.
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
const LEAD = 'lena.schmidt@concord.demo';
const TEAMMATE = 'felix.muller@concord.demo';
const MOD_DE = 'moderator.de@concord.demo';
let teams: { id: string; name: string; lead: { email: string } | null }[];
const teamId = (name: string) => teams.find((t) => t.name === name)!.id;

const audits = async (token: string, filter: Record<string, unknown> = {}) =>
  (await ok(server(), AUDITS, { filter: { status: 'COMPLETED', ...filter } }, token)).audits.edges.map(
    (e: { node: Audit }) => e.node,
  ) as Audit[];

beforeAll(async () => {
  for (const email of [
    'admin@concord.demo',
    'qa.manager@concord.demo',
    'moderator.it@concord.demo',
    MOD_DE,
    LEAD,
    TEAMMATE,
  ]) {
    tokens[email] = await server().signIn(email);
  }
  teams = (await ok(server(), TEAMS, {}, tokens['admin@concord.demo']!)).teams;
});

describe('team leads', () => {
  it('are named by an admin from the team’s own members, and nobody else may name them', async () => {
    const admin = tokens['admin@concord.demo']!;
    expect(teams.find((t) => t.name === 'Lumen BPO de-DE')!.lead).toEqual({ email: LEAD });
    expect((await ok(server(), ME, {}, tokens[LEAD]!)).me.leadsTeam).toMatchObject({ name: 'Lumen BPO de-DE' });
    expect((await ok(server(), ME, {}, tokens[TEAMMATE]!)).me.leadsTeam).toBeNull();

    const italian = teamId('Lumen BPO it-IT');
    const outsider = await server().gql(SET_LEAD, { input: { teamId: italian, userId: await idOf(LEAD) } }, admin);
    expect(codeOf(outsider)).toBe('BAD_USER_INPUT');
    expect(outsider.errors![0]!.message).toMatch(/not an active member of team "Lumen BPO it-IT"/);
    const byManager = await server().gql(
      SET_LEAD,
      { input: { teamId: italian, userId: null } },
      tokens['qa.manager@concord.demo'],
    );
    expect(codeOf(byManager)).toBe('FORBIDDEN');
    const byLead = await server().gql(
      SET_LEAD,
      { input: { teamId: teamId('Lumen BPO de-DE'), userId: await idOf(TEAMMATE) } },
      tokens[LEAD],
    );
    expect(codeOf(byLead)).toBe('FORBIDDEN');
    const after = (await ok(server(), TEAMS, {}, admin)).teams as typeof teams;
    expect(after.find((t) => t.name === 'Lumen BPO it-IT')!.lead).toBeNull();
    expect(after.find((t) => t.name === 'Lumen BPO de-DE')!.lead).toEqual({ email: LEAD });
  });

  it('read their team’s completed audits with teamId, and no other team’s; their own list stays their own', async () => {
    const german = teamId('Lumen BPO de-DE');
    const team = await audits(tokens[LEAD]!, { teamId: german });
    expect(team.length).toBeGreaterThan(0);
    expect(new Set(team.map((a) => a.team.name))).toEqual(new Set(['Lumen BPO de-DE']));
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
    expect(await audits(tokens[LEAD]!, { teamId: teamId('Lumen BPO it-IT') })).toEqual([]);
    expect(await audits(tokens[TEAMMATE]!, { teamId: german })).toEqual(await audits(tokens[TEAMMATE]!));
    expect((await audits(tokens[TEAMMATE]!, { teamId: german })).every((a) => a.moderator.email === TEAMMATE)).toBe(
      true,
    );

    const italianAudit = (await audits(tokens['moderator.it@concord.demo']!))[0]!;
    expect(codeOf(await server().gql(AUDIT, { id: italianAudit.id }, tokens[LEAD]))).toBe('NOT_FOUND');
  });

  it('appeal a teammate’s verdict within the window; the moderator sees it, cannot appeal again, and a QA manager decides', async () => {
    const german = teamId('Lumen BPO de-DE');
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
    const italian = (await audits(tokens['moderator.it@concord.demo']!)).find((a) => a.verdict === 'INCORRECT')!;
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
    const appeals = (await ok(server(), APPEALS, {}, tokens['qa.manager@concord.demo']!)).appeals;
    expect(appeals.find((a: { id: string }) => a.id === filed.id)).toMatchObject({
      appellant: { email: LEAD },
      audit: { moderator: { email: MOD_DE } },
    });
    const decided = await ok(
      server(),
      DECIDE,
      { input: { appealId: filed.id, outcome: 'OVERTURN', note: 'Agreed: newsworthy context.' } },
      tokens['qa.manager@concord.demo']!,
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
    const german = teamId('Lumen BPO de-DE');
    await ok(server(), SET_LEAD, { input: { teamId: german, userId: null } }, tokens['admin@concord.demo']!);
    expect((await ok(server(), ME, {}, tokens[LEAD]!)).me.leadsTeam).toBeNull();
    expect((await audits(tokens[LEAD]!, { teamId: german })).every((a) => a.moderator.email === LEAD)).toBe(true);
    await ok(
      server(),
      SET_LEAD,
      { input: { teamId: german, userId: await idOf(LEAD) } },
      tokens['admin@concord.demo']!,
    );
  });
});

async function idOf(email: string): Promise<string> {
  const data = await ok(
    server(),
    `query($f: UsersFilter) { users(filter: $f, page: { first: 200 }) { edges { node { id email } } } }`,
    {},
    tokens['admin@concord.demo']!,
  );
  return data.users.edges.find((e: { node: { email: string } }) => e.node.email === email).node.id;
}
