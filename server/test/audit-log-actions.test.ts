import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { Role } from '../src/modules/identity/role.js';
import { AuditLogEntry } from '../src/modules/shared/audit-log/audit-log-entry.entity.js';
import { setUp, VOTE } from './support/calibration-session.js';
import { staffOrg } from './support/org.js';
import { ok, publishedPolicy } from './support/policy-fixtures.js';
import { useTestServer } from './support/test-server.js';

const server = useTestServer();
const em = () => server().concord.deps.orm.em.fork() as EntityManager;

/** The entries about `targetIds`, oldest first, as [action, target, before, after]. */
async function entriesOf(targetIds: string[]) {
  const entries = await em().find(AuditLogEntry, { targetId: { $in: targetIds } }, { orderBy: { at: 'asc' } });
  return entries.map((e) => ({
    action: e.action,
    target: e.targetId,
    before: e.before,
    after: e.after,
    actor: e.actor?.id,
  }));
}

describe('the audit log records the sensitive steps of calibration, appeals, policies and exports', () => {
  it('records gold set and changed, each reveal, the close and each result version', async () => {
    const s = server();
    const { session, voters, facilitator, owner, tokens } = await setUp(s, 1, 1);
    const item = session.items[0]!;
    const run = (query: string, variables: Record<string, unknown>, token: string) => ok(s, query, variables, token);
    const GOLD =
      'mutation($input: SetCalibrationItemGoldInput!) { setCalibrationItemGold(input: $input) { item { id } } }';
    await run(GOLD, { input: { itemId: item.id, label: 'borderline' } }, owner);
    await run(GOLD, { input: { itemId: item.id, label: 'violating' } }, owner);
    await run(GOLD, { input: { itemId: item.id, label: 'violating' } }, owner); // no change: no entry
    await run(
      'mutation($id: ID!) { startCalibrationSession(input: { sessionId: $id }) { session { id } } }',
      { id: session.id },
      facilitator,
    );
    await run(
      'mutation($id: ID!) { openCalibrationItem(input: { itemId: $id }) { item { id } } }',
      { id: item.id },
      facilitator,
    );
    for (const v of voters)
      await run(VOTE, { input: { itemId: item.id, label: 'borderline' } }, tokens.get(v.user.id)!);
    await run(
      'mutation($id: ID!) { revealCalibrationItem(input: { itemId: $id }) { item { id } } }',
      { id: item.id },
      facilitator,
    );
    await run(
      'mutation($id: ID!) { closeCalibrationSession(input: { sessionId: $id }) { session { id } } }',
      { id: session.id },
      facilitator,
    );
    const challenge = await run(
      'mutation($input: ChallengeGoldInput!) { challengeGold(input: $input) { challenge { id } } }',
      { input: { itemId: item.id, reason: 'Mild, aimed at no one.' } },
      tokens.get(voters[0]!.user.id)!,
    );
    await run(
      'mutation($input: ResolveGoldChallengeInput!) { resolveGoldChallenge(input: $input) { challenge { id } } }',
      { input: { challengeId: challenge.challengeGold.challenge.id, newGold: 'borderline', note: 'Agreed: mild.' } },
      owner,
    );

    const entries = await entriesOf([item.id, session.id]);
    expect(entries.map((e) => [e.action, e.before, e.after])).toEqual([
      ['GOLD_SET', { gold: null }, { gold: 'borderline' }],
      ['GOLD_SET', { gold: 'borderline' }, { gold: 'violating' }],
      ['ITEM_REVEALED', null, { state: 'REVEALED' }],
      ['SESSION_CLOSED', { status: 'LIVE' }, { status: 'CLOSED', resultVersion: 1 }],
      [
        'GOLD_CHALLENGE_RESOLVED',
        { gold: 'violating' },
        { gold: 'borderline', outcome: 'CHANGED', note: 'Agreed: mild.', resultVersion: 2 },
      ],
    ]);
    // Gold is the platform's: no entry naming it belongs to a vendor, so no vendor's admin reads it.
    const goldEntries = await em().find(AuditLogEntry, {
      targetId: item.id,
      action: { $in: ['GOLD_SET', 'GOLD_CHALLENGE_RESOLVED'] as any },
    });
    expect(goldEntries.every((e) => e.vendor === null)).toBe(true);
  });

  it('records a policy publication and an export of people by name, not one of sums', async () => {
    const s = server();
    const { people } = await staffOrg(s, [Role.POLICY_OWNER, Role.QA_MANAGER]);
    const { v1 } = await publishedPolicy(s, people.POLICY_OWNER.token);
    expect((await entriesOf([v1])).map((e) => [e.action, e.after?.status])).toEqual([
      ['POLICY_PUBLISHED', 'PUBLISHED'],
    ]);

    const EXPORT = 'query($input: AnalyticsExportInput!) { analyticsExport(input: $input) }';
    const before = await em().count(AuditLogEntry, { action: 'PEOPLE_EXPORTED' as any, actor: people.QA_MANAGER.id });
    await ok(s, EXPORT, { input: { table: 'AGREEMENT_RATES', filter: {} } }, people.QA_MANAGER.token);
    await ok(s, EXPORT, { input: { table: 'LOW_ACCURACY_PARTICIPANTS', filter: {} } }, people.QA_MANAGER.token);
    const after = await em().find(AuditLogEntry, { action: 'PEOPLE_EXPORTED' as any, actor: people.QA_MANAGER.id });
    expect(after).toHaveLength(before + 1);
    expect(after[0]).toMatchObject({ targetLabel: 'LOW_ACCURACY_PARTICIPANTS' });
  });
});
