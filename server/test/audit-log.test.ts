import type { EntityManager } from '@mikro-orm/postgresql';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildConcordSchema } from '../src/app/schema.js';
import { Role } from '../src/modules/identity/role.js';
import { codeOf } from './support/policy-fixtures.js';
import { staffOrg, vendorOrg } from './support/org.js';
import { useTestServer } from './support/test-server.js';

const server = useTestServer();

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';
const LOG = `query($filter: AuditLogFilter, $page: PageInput) {
  auditLog(filter: $filter, page: $page) {
    totalCount
    edges { node { action at ip targetType targetId targetLabel actor { id name anonymous } vendor { id name } changes { field before after } } }
  }
}`;
const EXPORT = 'mutation($input: ExportAuditLogInput!) { exportAuditLog(input: $input) { csv rowCount } }';

type Entry = {
  action: string;
  ip: string | null;
  targetId: string | null;
  targetLabel: string | null;
  actor: { id: string; name: string; anonymous: boolean } | null;
  vendor: { id: string; name: string } | null;
  changes: { field: string; before: string | null; after: string | null }[];
};

async function entries(token: string, filter: Record<string, unknown>) {
  const reply = await server().gql<{ auditLog: { totalCount: number; edges: { node: Entry }[] } }>(
    LOG,
    { filter, page: { first: 200 } },
    token,
  );
  expect(reply.errors).toBeUndefined();
  return reply.data!.auditLog.edges.map((edge) => edge.node);
}

describe('the audit log', () => {
  it('records sign-ins and refused sign-ins with who, from where and why', async () => {
    const s = server();
    const { people } = await staffOrg(s, [Role.ADMIN]);
    const lumen = await vendorOrg(s, [Role.MODERATOR], { label: 'Lumen' });
    const moderator = lumen.people.MODERATOR;
    const wrong = await s.gql(SIGN_IN, { input: { email: moderator.email, password: 'not it' } });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    const unknown = `nobody.${moderator.id.slice(0, 6)}@nowhere.test`;
    await s.gql(SIGN_IN, { input: { email: unknown, password: 'guess' } });

    const own = await entries(people.ADMIN.token, { targetId: moderator.id });
    expect(own.map((e) => e.action)).toEqual(['SIGN_IN_FAILED', 'SIGN_IN']);
    expect(own[0]).toMatchObject({
      actor: { id: moderator.id, name: moderator.name },
      vendor: { id: lumen.vendor.id },
      targetLabel: moderator.email,
      changes: [{ field: 'reason', before: null, after: 'wrong password' }],
    });
    expect(own[0]!.ip).toMatch(/127\.0\.0\.1/);
    const stranger = await entries(people.ADMIN.token, { search: unknown.toUpperCase(), actions: ['SIGN_IN_FAILED'] });
    expect(stranger).toEqual([
      expect.objectContaining({
        actor: null,
        vendor: null,
        targetLabel: unknown,
        changes: [expect.objectContaining({ after: 'unknown email' })],
      }),
    ]);
  });

  it("shows a vendor's QA manager their vendor's entries only, and nobody else any", async () => {
    const s = server();
    const { people: staff } = await staffOrg(s, [Role.ADMIN, Role.QA_MANAGER, Role.QA_SPECIALIST]);
    const lumen = await vendorOrg(s, [Role.QA_MANAGER, Role.MODERATOR], { label: 'Lumen' });
    const harbor = await vendorOrg(s, [Role.QA_MANAGER, Role.MODERATOR], { label: 'Harbor' });

    const lumenView = await entries(lumen.people.QA_MANAGER.token, { actions: ['SIGN_IN'] });
    expect(lumenView.length).toBeGreaterThanOrEqual(2);
    expect(lumenView.every((e) => e.vendor?.id === lumen.vendor.id)).toBe(true);
    expect(lumenView.map((e) => e.targetId)).toEqual(
      expect.arrayContaining([lumen.people.MODERATOR.id, lumen.people.QA_MANAGER.id]),
    );
    // Asking for another vendor's entries narrows to nothing: the scope is not a filter one can lift.
    expect(await entries(lumen.people.QA_MANAGER.token, { vendorId: harbor.vendor.id })).toEqual([]);
    // The admin sees both vendors'.
    const all = await entries(staff.ADMIN.token, { actions: ['SIGN_IN'] });
    const vendors = new Set(all.map((e) => e.vendor?.id));
    expect(vendors.has(lumen.vendor.id) && vendors.has(harbor.vendor.id)).toBe(true);

    for (const token of [staff.QA_MANAGER.token, staff.QA_SPECIALIST.token, lumen.people.MODERATOR.token]) {
      const refused = await s.gql(LOG, {}, token);
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(refused.data).toBeNull();
    }
    expect(codeOf(await s.gql(LOG, {}))).toBe('UNAUTHENTICATED');
  });

  it('cannot be edited or deleted, through Concord or its database connection', async () => {
    const s = server();
    const { people } = await staffOrg(s, [Role.ADMIN]);
    const mutations = (await buildConcordSchema()).getMutationType()!.getFields();
    expect(Object.keys(mutations).filter((name) => /auditlog/i.test(name))).toEqual(['exportAuditLog']);

    const em = s.concord.deps.orm.em.fork() as EntityManager;
    const [row] = await em.execute<{ id: string }[]>(`select id from audit_log_entry where target_id = ? limit 1`, [
      people.ADMIN.id,
    ]);
    expect(row).toBeDefined();
    for (const sql of [
      `update audit_log_entry set action = 'SIGN_IN_FAILED' where id = '${row!.id}'`,
      `delete from audit_log_entry where id = '${row!.id}'`,
      `truncate audit_log_entry`,
    ]) {
      await expect(em.execute(sql), sql).rejects.toThrow(/append-only/);
    }
    expect(await entries(people.ADMIN.token, { targetId: people.ADMIN.id })).toHaveLength(1);
  });

  it('exports what the filter selects as CSV, guards formulas, and records the export', async () => {
    const s = server();
    const { people } = await staffOrg(s, [Role.ADMIN]);
    const formula = `=cmd.${people.ADMIN.id.slice(0, 6)}@evil.test`;
    await s.gql(SIGN_IN, { input: { email: formula, password: 'x' } });
    const reply = await s.gql(EXPORT, { input: { filter: { search: formula } } }, people.ADMIN.token);
    expect(reply.errors).toBeUndefined();
    const { csv, rowCount } = reply.data.exportAuditLog as { csv: string; rowCount: number };
    expect(rowCount).toBe(1);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'SIGN_IN_FAILED',
        target: `'${formula}`,
        changes: 'reason: – → unknown email',
      }),
    ]);
    expect(csv.split('\r\n')[0]).toBe(
      'at,action,actor_email,actor_name,vendor,target_type,target_id,target,ip,changes',
    );
    const exports = await entries(people.ADMIN.token, { actions: ['AUDIT_LOG_EXPORTED'], actorId: people.ADMIN.id });
    expect(exports).toHaveLength(1);
    expect(exports[0]!.changes.find((c) => c.field === 'rows')?.after).toBe('1');
  });

  it('refuses a bad filter with a clear error', async () => {
    const s = server();
    const { people } = await staffOrg(s, [Role.ADMIN]);
    const backwards = await s.gql(
      LOG,
      { filter: { from: '2026-12-02T00:00:00Z', to: '2026-12-01T00:00:00Z' } },
      people.ADMIN.token,
    );
    expect(backwards.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      feature: 'auditlog',
      reason: 'BAD_PERIOD',
    });
    expect(codeOf(await s.gql(LOG, { filter: { actions: ['DROP_TABLE'] } }, people.ADMIN.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await s.gql(LOG, { filter: { actorId: 'not-a-uuid' } }, people.ADMIN.token))).toBe('BAD_USER_INPUT');
  });
});
