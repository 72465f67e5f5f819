import type { EntityManager } from '@mikro-orm/postgresql';
import { beforeAll } from 'vitest';
import { Role } from '../../src/modules/identity/role.js';
import { ok } from './policy-fixtures.js';
import { useTestServer } from './test-server.js';
import { createMarket, createTeam, createUser, createVendor, unique } from './users.js';

export const CREATE_PLAN = `mutation($input: CreateSamplingPlanInput!) {
  createSamplingPlan(input: $input) { plan { id name queue rate countPerDay stratifyByDecision seed active createdBy { email } } }
}`;
export const RUN_PLAN = `mutation($input: RunSamplingPlanInput!) {
  runSamplingPlan(input: $input) { run { id day candidates drawn plan { id } ranBy { email } } }
}`;
export const AUDITS = `query($filter: AuditsFilter, $page: PageInput) {
  audits(filter: $filter, page: $page) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id day status decidedLabel verdict expectedLabel errorCategory feedback overturned
      countsAgainstModerator canAppeal appealDeadline
      case { id queue decidedAt } moderator { email } assignee { email } auditor { email } plan { id }
      appeal { id status reason decisionNote } } }
  }
}`;
export const AUDIT = `query($id: ID!) {
  audit(id: $id) { id status verdict feedback expectedLabel expectedTaxonomyLabel { name } decidedTaxonomyLabel { key }
    canAppeal countsAgainstModerator overturned plan { id } moderator { email } case { id }
    appeal { id status reason decisionNote appellant { email } decidedBy { email } decidedAt } }
}`;
export const CLAIM =
  'mutation($input: ClaimAuditInput!) { claimAudit(input: $input) { audit { id assignee { email } } } }';
export const ASSIGN =
  'mutation($input: AssignAuditInput!) { assignAudit(input: $input) { audit { id assignee { email } } } }';
export const SUBMIT = `mutation($input: SubmitAuditInput!) {
  submitAudit(input: $input) { audit { id status verdict expectedLabel errorCategory feedback auditedAt auditor { email } } }
}`;
export const FILE_APPEAL = `mutation($input: FileAppealInput!) {
  fileAppeal(input: $input) { appeal { id status reason appellant { email } audit { id } } }
}`;
export const DECIDE_APPEAL = `mutation($input: DecideAppealInput!) {
  decideAppeal(input: $input) { appeal { id status decisionNote decidedBy { email } audit { id overturned countsAgainstModerator } } }
}`;
export const APPEALS =
  'query($filter: AppealsFilter) { appeals(filter: $filter) { id status audit { id moderator { email } } } }';
// Unique to the test file that imports this module, so files never see each other's people.
const SUFFIX = unique();
const emailOf = (name: string) => `${name}.${SUFFIX}@audit.example`;
export const MOD_IT = emailOf('moderator.it');
export const MOD_DE = emailOf('moderator.de');

export type AuditNode = {
  id: string;
  status: string;
  decidedLabel: string;
  verdict: string | null;
  feedback: string | null;
  overturned: boolean;
  countsAgainstModerator: boolean;
  canAppeal: boolean;
  case: { id: string; queue: string; decidedAt: string };
  moderator: { email: string };
  assignee: { email: string } | null;
  plan: { id: string } | null;
  appeal: { id: string; status: string } | null;
};

/**
 * A test server with people made for the file signed in, and the audit operations the audit
 * test files share. Its world: three markets of its own (Italian, German, Korean); a vendor
 * with a team in the first two (moderator.it, moderator.de), another vendor with one in the
 * third (moderator.ko); an internal QA team (qa.manager, qa.specialist) in the first; an
 * admin and a policy owner. `tokens` and `emails` are by those names; `teams` by
 * `lumenIt`, `lumenDe`, `harborKo` and `staff`.
 */
export function useAuditTestbed() {
  const server = useTestServer();
  const em = () => server().concord.deps.orm.em.fork() as EntityManager;
  const tokens: Record<string, string> = {};
  const emails: Record<string, string> = {};
  const teams: Record<'lumenIt' | 'lumenDe' | 'harborKo' | 'staff', { id: string; marketCode: string }> = {} as never;

  beforeAll(async () => {
    const e = em();
    const [it, de, ko] = [await createMarket(e, 'it'), await createMarket(e, 'de'), await createMarket(e, 'ko')];
    const [lumen, harbor] = [await createVendor(e), await createVendor(e)];
    const made = {
      lumenIt: await createTeam(e, { market: it, vendor: lumen }),
      lumenDe: await createTeam(e, { market: de, vendor: lumen }),
      harborKo: await createTeam(e, { market: ko, vendor: harbor }),
      staff: await createTeam(e, { market: it }),
    };
    for (const [key, team] of Object.entries(made)) {
      teams[key as keyof typeof made] = { id: team.id, marketCode: team.market.code };
    }
    const cast: [string, Role, keyof typeof made | null][] = [
      ['admin', Role.ADMIN, null],
      ['policy', Role.POLICY_OWNER, null],
      ['qa.manager', Role.QA_MANAGER, 'staff'],
      ['qa.specialist', Role.QA_SPECIALIST, 'staff'],
      ['moderator.it', Role.MODERATOR, 'lumenIt'],
      ['moderator.de', Role.MODERATOR, 'lumenDe'],
      ['moderator.ko', Role.MODERATOR, 'harborKo'],
    ];
    for (const [name, role, team] of cast) {
      const user = await createUser(e, role, team ? made[team].market : it, {
        team: team ? made[team] : null,
        email: emailOf(name),
        name: `${name} ${SUFFIX}`,
      });
      emails[name] = user.email;
      tokens[name] = await server().signIn(user.email);
    }
  });

  async function createPlan(input: Record<string, unknown>, token = tokens['qa.specialist']!) {
    const data = await ok(server(), CREATE_PLAN, { input: { name: 'Daily plan', seed: 42, ...input } }, token);
    return data.createSamplingPlan.plan as { id: string };
  }

  async function runPlan(planId: string, day: string, token = tokens['qa.specialist']!) {
    const data = await ok(server(), RUN_PLAN, { input: { planId, day } }, token);
    return data.runSamplingPlan.run as { id: string; candidates: number; drawn: number };
  }

  async function auditsOf(filter: Record<string, unknown>, token = tokens['qa.specialist']!) {
    const nodes: AuditNode[] = [];
    let after: string | null = null;
    for (;;) {
      const data: any = await ok(server(), AUDITS, { filter, page: { first: 200, after } }, token);
      nodes.push(...data.audits.edges.map((e: { node: AuditNode }) => e.node));
      if (!data.audits.pageInfo.hasNextPage) return nodes;
      after = data.audits.pageInfo.endCursor;
    }
  }

  /** The case ids a plan drew for a day, sorted. */
  async function drawnCases(planId: string, day: string) {
    const rows = await em().execute<{ case_id: string }[]>(
      'select a.case_id from audit a join sampling_run r on r.id = a.run_id where r.plan_id = ? and r.day = ? order by a.case_id',
      [planId, day],
    );
    return rows.map((r) => r.case_id);
  }

  async function forgetRun(planId: string, day: string) {
    await em().execute(
      'delete from audit where run_id in (select id from sampling_run where plan_id = ? and day = ?)',
      [planId, day],
    );
    await em().execute('delete from sampling_run where plan_id = ? and day = ?', [planId, day]);
  }

  return { server, em, tokens, emails, teams, createPlan, runPlan, auditsOf, drawnCases, forgetRun };
}
