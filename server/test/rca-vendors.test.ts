// RCA escalations as a vendor's QA sees them: read-only on platform-wide ones, none of other vendors'.
import { describe, expect, it } from 'vitest';
import { Role } from '../src/modules/identity/role.js';
import { dayFromToday, insertAudits } from './support/audit-history.js';
import { testUser } from './support/policy-fixtures.js';
import { useTestServer } from './support/test-server.js';
import { codeOf, CREATE, GET, START, ADD_ITEM, ems, idOf, audits, rcaWorld } from './support/rca-fixtures.js';

const server = useTestServer();

describe('RCA escalations and vendors', () => {
  it('lets a vendor’s QA read a platform-wide escalation but not change it', async () => {
    const s = server();
    const w = await rcaWorld(s, 2);
    const specialist = w.people.specialist.token;
    const created = await s.gql(
      CREATE,
      {
        input: {
          title: 'Platform-wide: veiled threats',
          description: 'Across vendors in the Italian market.',
          rootCause: 'POLICY_AMBIGUITY',
          origin: 'MANUAL',
          errorCategory: 'MISSED_VIOLATION',
          scope: { marketId: w.markets.it.id },
        },
      },
      specialist,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createRcaEscalation.escalation.id as string;
    const vendorManager = await testUser(s, { role: Role.QA_MANAGER, team: w.teams.lumenIt });
    expect((await s.gql(GET, { id }, vendorManager.token)).data!.rcaEscalation).toMatchObject({ state: 'OPEN' });
    const start = await s.gql(START, { id }, vendorManager.token);
    expect(codeOf(start)).toBe('FORBIDDEN');
    const item = await s.gql(
      ADD_ITEM,
      {
        input: {
          escalationId: id,
          ownerId: await idOf(s, vendorManager.email),
          title: 'Retrain',
          dueDate: dayFromToday(7),
        },
      },
      vendorManager.token,
    );
    expect(codeOf(item)).toBe('FORBIDDEN');
    expect((await s.gql(GET, { id }, specialist)).data!.rcaEscalation).toMatchObject({
      state: 'OPEN',
      startedAt: null,
    });
  });

  it("shows a vendor's QA only escalations on no team or its own, without other vendors' audits and cases", async () => {
    const s = server();
    const w = await rcaWorld(s, 2);
    const [harbor, lumen] = [w.teams.harborKo, w.teams.lumenIt];
    const harborQa = await testUser(s, { role: Role.QA_SPECIALIST, team: harbor });
    const linked = await insertAudits(ems(s), w.markets.it.code, audits(dayFromToday(-2), 2, 1));
    const lumenCase = w.cases.lumenIt[0]!;
    const specialist = w.people.specialist.token;
    const vendorQa = harborQa.token;
    const make = async (title: string, scope: object, more: object = {}) =>
      (
        await s.gql(
          CREATE,
          {
            input: {
              title,
              rootCause: 'PROCESS',
              scope,
              ...more,
              links: { auditIds: linked.map((a) => a.id), caseIds: [lumenCase.id] },
            },
          },
          specialist,
        )
      ).data!.createRcaEscalation.escalation.id as string;
    const lumenOnly = await make('Lumen queue routing', { teamId: lumen.id });
    const everywhere = await make(
      'Routing everywhere',
      {},
      { origin: 'ERROR_TREND', errorCategory: 'MISSED_VIOLATION' },
    );

    expect(codeOf(await s.gql(GET, { id: lumenOnly }, vendorQa))).toBe('NOT_FOUND');
    const list = (await s.gql('{ rcaEscalations { id } }', {}, vendorQa)).data!.rcaEscalations.map((e: any) => e.id);
    expect(list).toContain(everywhere);
    expect(list).not.toContain(lumenOnly);
    const seen = (await s.gql(GET, { id: everywhere }, vendorQa)).data!.rcaEscalation;
    expect(seen.linkedAudits).toEqual([]);
    expect(seen.linkedCases).toEqual([]);
    // The trend it was filed from counts every vendor's audits: not shown to one vendor.
    expect(seen.trend).toBeNull();
    const platform = (await s.gql(GET, { id: everywhere }, specialist)).data!.rcaEscalation;
    expect(platform.linkedAudits).toHaveLength(2);
    expect(platform.linkedCases).toHaveLength(1);
    expect(platform.trend).toMatchObject({ audited: expect.any(Number), errors: expect.any(Number) });

    // A vendor's QA files on its own teams only, and links only what it can see.
    expect(
      codeOf(await s.gql(CREATE, { input: { title: 'Everywhere', rootCause: 'PROCESS', scope: {} } }, vendorQa)),
    ).toBe('FORBIDDEN');
    const foreignLinks = await s.gql(
      CREATE,
      {
        input: {
          title: 'Harbor',
          rootCause: 'PROCESS',
          scope: { teamId: harbor.id },
          links: { auditIds: [linked[0]!.id], caseIds: [] },
        },
      },
      vendorQa,
    );
    expect(codeOf(foreignLinks)).toBe('BAD_USER_INPUT');
    const own = await s.gql(
      CREATE,
      { input: { title: 'Harbor tooling', rootCause: 'TOOLING', scope: { teamId: harbor.id } } },
      vendorQa,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.createRcaEscalation.escalation.team).toEqual({ name: harbor.name });
  });
});
