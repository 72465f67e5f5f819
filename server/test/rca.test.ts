// RCA escalations: the lifecycle with action items, and the error rate before and after.
import { describe, expect, it } from 'vitest';
import { ErrorCategory, Verdict } from '../src/modules/audit/audit.enums.js';
import { dayFromToday, insertAudits, type AuditSpec } from './support/audit-history.js';
import { useTestServer } from './support/test-server.js';
import {
  codeOf,
  CREATE,
  GET,
  START,
  RESOLVE,
  ADD_ITEM,
  SET_ITEM,
  OVERDUE,
  QUEUE,
  ems,
  audits,
  rcaWorld,
} from './support/rca-fixtures.js';

const server = useTestServer();

describe('RCA escalations', () => {
  it('files from an error trend, moves open → in progress → resolved with action items, and refuses anything out of order', async () => {
    const s = server();
    const w = await rcaWorld(s);
    const linked = await insertAudits(
      ems(s),
      w.markets.it.code,
      [
        ...audits(dayFromToday(-3), 6, 3),
        ...audits(dayFromToday(-10), 4, 1, ErrorCategory.OVER_ENFORCEMENT),
        ...audits(dayFromToday(-50), 5, 1),
      ],
      { queue: QUEUE },
    );
    const [specialist, manager, moderator] = [
      w.people.specialist.token,
      w.people.manager.token,
      w.people.moderator.token,
    ];
    const aCase = w.cases.lumenIt[0]!;

    const input = {
      title: 'Missed threats in Italian comments',
      description: 'Reviewers leave up veiled threats phrased as jokes.',
      rootCause: 'MARKET_CONTEXT',
      origin: 'ERROR_TREND',
      errorCategory: 'MISSED_VIOLATION',
      scope: { marketId: w.markets.it.id, queue: QUEUE },
      links: { auditIds: [linked[0]!.id, linked[1]!.id], caseIds: [aCase.id] },
    };
    expect(codeOf(await s.gql(CREATE, { input: { ...input, errorCategory: null } }, specialist))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await s.gql(CREATE, { input }, moderator))).toBe('FORBIDDEN');
    expect(codeOf(await s.gql('{ rcaEscalations { id } }', {}, moderator))).toBe('FORBIDDEN');

    const created = await s.gql(CREATE, { input }, specialist);
    expect(created.errors).toBeUndefined();
    const rca = created.data!.createRcaEscalation.escalation;
    expect(rca).toMatchObject({
      state: 'OPEN',
      origin: 'ERROR_TREND',
      market: { code: w.markets.it.code },
      filedBy: { email: w.people.specialist.email },
      owner: null,
      linkedAudits: [{ id: linked[0]!.id }, { id: linked[1]!.id }].sort((a, b) => a.id.localeCompare(b.id)),
      linkedCases: [{ id: aCase.id }],
      // The last four weeks: 10 audits, 3 missed violations; the 50-day-old one is in the four weeks before.
      trend: { audited: 10, errors: 3, previousErrors: 1, rate: 0.3 },
    });
    const rcaId = rca.id as string;

    // Out of order: resolve before start; action items by a moderator; start by a specialist.
    expect(codeOf(await s.gql(RESOLVE, { input: { escalationId: rcaId, note: 'Fixed it all.' } }, manager))).toBe(
      'CONFLICT',
    );
    expect(codeOf(await s.gql(START, { id: rcaId }, specialist))).toBe('FORBIDDEN');
    const started = await s.gql(START, { id: rcaId }, manager);
    expect(started.data!.startRcaEscalation.escalation).toMatchObject({
      state: 'IN_PROGRESS',
      owner: { email: w.people.manager.email },
    });
    expect(codeOf(await s.gql(START, { id: rcaId }, manager))).toBe('CONFLICT');

    const policyOwner = w.people.owner.id;
    const late = await s.gql(
      ADD_ITEM,
      {
        input: {
          escalationId: rcaId,
          title: 'Add veiled-threat examples to the policy',
          ownerId: policyOwner,
          dueDate: dayFromToday(-2),
        },
      },
      specialist,
    );
    expect(late.errors).toBeUndefined();
    expect(late.data!.addRcaActionItem.actionItem).toMatchObject({
      status: 'OPEN',
      overdue: true,
      owner: { email: w.people.owner.email },
    });
    const soon = await s.gql(
      ADD_ITEM,
      {
        input: {
          escalationId: rcaId,
          title: 'Refresher for the it-IT vendor team',
          ownerId: w.people.manager.id,
          dueDate: dayFromToday(7),
        },
      },
      manager,
    );
    expect(soon.data!.addRcaActionItem.actionItem.overdue).toBe(false);
    expect(
      codeOf(
        await s.gql(
          ADD_ITEM,
          { input: { escalationId: rcaId, title: 'Mine', ownerId: policyOwner, dueDate: dayFromToday(1) } },
          moderator,
        ),
      ),
    ).toBe('FORBIDDEN');

    const overdueOf = async () =>
      (await s.gql(OVERDUE, {}, manager)).data!.overdueRcaActionItems.filter((i: any) => i.escalation.id === rcaId);
    expect(await overdueOf()).toEqual([
      {
        id: late.data!.addRcaActionItem.actionItem.id,
        title: 'Add veiled-threat examples to the policy',
        dueDate: dayFromToday(-2),
        escalation: { id: rcaId },
      },
    ]);
    expect(codeOf(await s.gql(OVERDUE, {}, specialist))).toBe('FORBIDDEN');

    // Open items block resolving; the owner closes theirs, the manager drops the other.
    const blocked = await s.gql(RESOLVE, { input: { escalationId: rcaId, note: 'Policy clarified.' } }, manager);
    expect(codeOf(blocked)).toBe('CONFLICT');
    expect(blocked.errors![0]!.message).toMatch(/2 action item/);
    expect((await s.gql(GET, { id: rcaId }, manager)).data!.rcaEscalation.state).toBe('IN_PROGRESS');
    const owner = w.people.owner.token;
    const done = await s.gql(
      SET_ITEM,
      { input: { actionItemId: late.data!.addRcaActionItem.actionItem.id, status: 'DONE' } },
      owner,
    );
    expect(done.data!.setRcaActionItemStatus.actionItem.status).toBe('DONE');
    expect(
      codeOf(
        await s.gql(
          SET_ITEM,
          { input: { actionItemId: soon.data!.addRcaActionItem.actionItem.id, status: 'DONE' } },
          owner,
        ),
      ),
    ).toBe('FORBIDDEN');
    await s.gql(
      SET_ITEM,
      { input: { actionItemId: soon.data!.addRcaActionItem.actionItem.id, status: 'DROPPED' } },
      manager,
    );
    expect(await overdueOf()).toEqual([]);

    const resolved = await s.gql(
      RESOLVE,
      { input: { escalationId: rcaId, note: 'Policy clarified, team retrained.' } },
      manager,
    );
    expect(resolved.errors).toBeUndefined();
    expect(resolved.data!.resolveRcaEscalation.escalation.state).toBe('RESOLVED');
    expect(resolved.data!.resolveRcaEscalation.escalation.resolvedAt).toBeTruthy();

    // Resolved is final: no new action items, no status changes, no second resolve or start.
    const after = await s.gql(
      ADD_ITEM,
      { input: { escalationId: rcaId, title: 'One more', ownerId: policyOwner, dueDate: dayFromToday(3) } },
      manager,
    );
    expect(codeOf(after)).toBe('CONFLICT');
    expect(
      codeOf(
        await s.gql(
          SET_ITEM,
          { input: { actionItemId: soon.data!.addRcaActionItem.actionItem.id, status: 'OPEN' } },
          manager,
        ),
      ),
    ).toBe('CONFLICT');
    expect(codeOf(await s.gql(RESOLVE, { input: { escalationId: rcaId, note: 'Again, again.' } }, manager))).toBe(
      'CONFLICT',
    );
    expect(codeOf(await s.gql(START, { id: rcaId }, manager))).toBe('CONFLICT');
    const final = (await s.gql(GET, { id: rcaId }, manager)).data!.rcaEscalation;
    expect(final.actionItems.map((i: any) => i.status).sort()).toEqual(['DONE', 'DROPPED']);
  });

  it('measures the error rate of its category and scope in the weeks before it opened against the weeks after it was resolved', async () => {
    const s = server();
    const w = await rcaWorld(s);
    const manager = w.people.manager.token;
    const created = await s.gql(
      CREATE,
      {
        input: {
          title: 'Missed violations, Italian',
          rootCause: 'TRAINING_GAP',
          errorCategory: 'MISSED_VIOLATION',
          scope: { marketId: w.markets.it.id, queue: QUEUE },
        },
      },
      manager,
    );
    const id = created.data!.createRcaEscalation.escalation.id as string;
    await s.gql(START, { id }, manager);
    await s.gql(RESOLVE, { input: { escalationId: id, note: 'Retrained the team.' } }, manager);
    // Opened ten weeks ago and resolved six weeks ago, so both windows have ended.
    const opened = dayFromToday(-70);
    const resolved = dayFromToday(-42);
    await ems(s)
      .getConnection()
      .execute('update rca_escalation set created_at = ?, resolved_at = ? where id = ?', [
        `${opened}T09:00:00Z`,
        `${resolved}T17:00:00Z`,
        id,
      ]);
    const history: AuditSpec[] = [
      // Before (the four weeks up to the day it opened): 10 audits, 3 missed violations that stand.
      ...audits(dayFromToday(-75), 5, 2),
      ...audits(dayFromToday(-90), 3, 1),
      {
        day: dayFromToday(-80),
        verdict: Verdict.INCORRECT,
        errorCategory: ErrorCategory.MISSED_VIOLATION,
        overturned: true,
      },
      { day: dayFromToday(-80), verdict: Verdict.INCORRECT, errorCategory: ErrorCategory.OVER_ENFORCEMENT },
      // While it was open: in neither window.
      ...audits(dayFromToday(-50), 4, 4),
      // After (from the day after it was resolved, four weeks): 8 audits, 1 missed violation.
      ...audits(dayFromToday(-41), 5, 1),
      ...audits(dayFromToday(-20), 3),
      // Outside both windows.
      ...audits(dayFromToday(-100), 2, 2),
      ...audits(dayFromToday(-10), 2, 2),
    ];
    await insertAudits(ems(s), w.markets.it.code, history, { queue: QUEUE });
    // Another market's audits in the same weeks and queue, and other queues of the market, do not count.
    await insertAudits(ems(s), w.markets.de.code, audits(dayFromToday(-75), 4, 4), { queue: QUEUE });
    await insertAudits(ems(s), w.markets.it.code, audits(dayFromToday(-75), 4, 4));

    const r = await s.gql(GET, { id }, manager);
    expect(r.errors).toBeUndefined();
    const e = r.data!.rcaEscalation.effectiveness;
    expect(e.weeks).toBe(4);
    expect(e.before).toEqual({ audits: 10, errors: 3, rate: 0.3, complete: true });
    expect(e.after).toEqual({ audits: 8, errors: 1, rate: 0.125, complete: true });
    expect(e.change).toBeCloseTo(0.125 - 0.3);

    const twoWeeks = await s.gql(
      'query($id: ID!) { rcaEscalation(id: $id) { effectiveness(weeks: 2) { before { audits errors } after { audits errors } } } }',
      { id },
      manager,
    );
    // Before: days -84…-71 (the -75 and -80 audits; the overturned one is not an error); after: days -41…-28.
    expect(twoWeeks.data!.rcaEscalation.effectiveness).toEqual({
      before: { audits: 7, errors: 2 },
      after: { audits: 5, errors: 1 },
    });
    const bad = await s.gql(
      'query($id: ID!) { rcaEscalation(id: $id) { effectiveness(weeks: 0) { weeks } } }',
      { id },
      manager,
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');

    // Not resolved yet: no after window.
    const open = await s.gql(CREATE, { input: { title: 'Still open', rootCause: 'TOOLING', scope: {} } }, manager);
    expect(open.data!.createRcaEscalation.escalation.effectiveness.after).toBeNull();
    expect(open.data!.createRcaEscalation.escalation.effectiveness.change).toBeNull();
  });
});
