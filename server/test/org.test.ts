import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { AuditLogEntry } from '../src/modules/shared/audit-log/audit-log-entry.entity.js';
import { Market } from '../src/modules/identity/market.entity.js';
import { Role } from '../src/modules/identity/role.js';
import { Team } from '../src/modules/identity/team.entity.js';
import { Vendor } from '../src/modules/identity/vendor.entity.js';
import { staffOrg, vendorOrg } from './support/org.js';
import { useTestServer } from './support/test-server.js';
import { unique } from './support/users.js';

const server = useTestServer();
const em = () => server().concord.deps.orm.em.fork() as EntityManager;
type Reply = { data?: any; errors?: { extensions?: Record<string, unknown> }[] };
const refusal = (r: Reply) => [r.errors?.[0]?.extensions?.code, r.errors?.[0]?.extensions?.reason];

const CREATE_VENDOR = 'mutation($input: CreateVendorInput!) { createVendor(input: $input) { vendor { id name } } }';
const UPDATE_VENDOR = 'mutation($input: UpdateVendorInput!) { updateVendor(input: $input) { vendor { id name } } }';
const CREATE_MARKET =
  'mutation($input: CreateMarketInput!) { createMarket(input: $input) { market { id code name language timeZone } } }';
const UPDATE_MARKET =
  'mutation($input: UpdateMarketInput!) { updateMarket(input: $input) { market { id code name language timeZone } } }';
const CREATE_TEAM =
  'mutation($input: CreateTeamInput!) { createTeam(input: $input) { team { id name kind market { code } vendor { id } } } }';
const UPDATE_TEAM = 'mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { team { id name } } }';
const VENDORS = '{ vendors { id name } }';

/** A market code of the test's own: a BCP 47 tag with a unique private-use subtag. */
const marketCode = () => `pt-BR-x-${unique().slice(0, 8)}`;

describe('organisation structure', () => {
  it('lets an admin add and rename vendors and markets, each in the audit log', async () => {
    const s = server();
    const { people } = await staffOrg(s, [Role.ADMIN]);
    const admin = people.ADMIN.token;

    const name = `Northwind ${unique()}`;
    const created = await s.gql(CREATE_VENDOR, { input: { name: `  ${name} ` } }, admin);
    expect(created.errors).toBeUndefined();
    const vendor = created.data.createVendor.vendor;
    expect(vendor.name).toBe(name);
    expect(refusal(await s.gql(CREATE_VENDOR, { input: { name } }, admin))).toEqual(['CONFLICT', 'NAME_TAKEN']);
    const renamed = await s.gql(UPDATE_VENDOR, { input: { vendorId: vendor.id, name: `${name} BPO` } }, admin);
    expect(renamed.data.updateVendor.vendor.name).toBe(`${name} BPO`);

    const code = marketCode();
    const market = await s.gql(
      CREATE_MARKET,
      { input: { code, name: 'Portuguese (Brazil)', timeZone: 'America/Sao_Paulo' } },
      admin,
    );
    expect(market.errors).toBeUndefined();
    expect(market.data.createMarket.market).toMatchObject({ code, language: 'pt', timeZone: 'America/Sao_Paulo' });
    const marketId = market.data.createMarket.market.id;
    expect(refusal(await s.gql(CREATE_MARKET, { input: { code, name: 'Again', timeZone: 'UTC' } }, admin))).toEqual([
      'CONFLICT',
      'CODE_TAKEN',
    ]);
    const moved = await s.gql(
      UPDATE_MARKET,
      { input: { marketId, timeZone: 'America/Manaus', language: 'pt-BR' } },
      admin,
    );
    expect(moved.data.updateMarket.market).toMatchObject({ code, language: 'pt-BR', timeZone: 'America/Manaus' });

    const entries = await em().find(
      AuditLogEntry,
      { targetId: { $in: [vendor.id, marketId] } },
      { orderBy: { at: 'asc' } },
    );
    expect(entries.map((entry) => entry.action)).toEqual([
      'VENDOR_CREATED',
      'VENDOR_UPDATED',
      'MARKET_CREATED',
      'MARKET_UPDATED',
    ]);
    expect(entries[3]).toMatchObject({
      before: { timeZone: 'America/Sao_Paulo', language: 'pt' },
      after: { timeZone: 'America/Manaus', language: 'pt-BR' },
    });
  });

  it('refuses a bad code, language, time zone or blank name, and writes nothing', async () => {
    const s = server();
    const { people } = await staffOrg(s, [Role.ADMIN]);
    const admin = people.ADMIN.token;
    const code = marketCode();
    const bad = [
      { code: 'not a tag!', name: 'X', timeZone: 'UTC' },
      { code, name: 'X', timeZone: 'Mars/Olympus_Mons' },
      { code, name: 'X', timeZone: 'UTC', language: '12345678901' },
      { code, name: '   ', timeZone: 'UTC' },
    ];
    for (const input of bad) {
      const reply = await s.gql(CREATE_MARKET, { input }, admin);
      expect(reply.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(reply.errors?.[0]?.message).not.toMatch(/\/work|at .*\.ts/);
    }
    expect(await em().count(Market, { code })).toBe(0);
    expect(refusal(await s.gql(CREATE_VENDOR, { input: { name: ' \t ' } }, admin))[0]).toBe('BAD_USER_INPUT');
  });

  it("lets a vendor's QA manager add and rename their own vendor's teams only", async () => {
    const s = server();
    const lumen = await vendorOrg(s, [Role.QA_MANAGER, Role.MODERATOR], { label: 'Lumen' });
    const harbor = await vendorOrg(s, [Role.QA_MANAGER], { label: 'Harbor' });
    const { people, team: staffTeam } = await staffOrg(s, [Role.ADMIN]);
    const manager = lumen.people.QA_MANAGER.token;
    const itIT = await em().findOneOrFail(Market, { code: 'it-IT' });

    const name = `Night shift ${unique()}`;
    const made = await s.gql(CREATE_TEAM, { input: { name, marketId: itIT.id } }, manager);
    expect(made.errors).toBeUndefined();
    expect(made.data.createTeam.team).toMatchObject({ name, kind: 'VENDOR', vendor: { id: lumen.vendor.id } });
    expect(refusal(await s.gql(CREATE_TEAM, { input: { name, marketId: itIT.id } }, manager))).toEqual([
      'CONFLICT',
      'NAME_TAKEN',
    ]);
    const forOther = await s.gql(
      CREATE_TEAM,
      { input: { name: `Poached ${unique()}`, marketId: itIT.id, vendorId: harbor.vendor.id } },
      manager,
    );
    expect(refusal(forOther)).toEqual(['FORBIDDEN', 'OTHER_VENDOR']);
    for (const teamId of [harbor.team.id, staffTeam.id]) {
      const reply = await s.gql(UPDATE_TEAM, { input: { teamId, name: 'Taken over' } }, manager);
      expect(refusal(reply)[0]).toBe('NOT_FOUND');
    }
    expect(refusal(await s.gql(CREATE_VENDOR, { input: { name: `Own ${unique()}` } }, manager))[0]).toBe('FORBIDDEN');
    expect(
      refusal(await s.gql(CREATE_TEAM, { input: { name: 'x', marketId: itIT.id } }, lumen.people.MODERATOR.token))[0],
    ).toBe('FORBIDDEN');

    const internal = await s.gql(
      CREATE_TEAM,
      { input: { name: `Policy desk ${unique()}`, marketId: itIT.id } },
      people.ADMIN.token,
    );
    expect(internal.data.createTeam.team).toMatchObject({ kind: 'INTERNAL', vendor: null });
    const teams = await em().find(Team, { name: 'Taken over' });
    expect(teams).toHaveLength(0);
    const log = await em().find(AuditLogEntry, { targetId: made.data.createTeam.team.id });
    expect(log.map((entry) => [entry.action, entry.vendor?.id])).toEqual([['TEAM_CREATED', lumen.vendor.id]]);
  });

  it("lists every vendor to the platform's staff and only their own to a vendor's people", async () => {
    const s = server();
    const lumen = await vendorOrg(s, [Role.QA_MANAGER, Role.MODERATOR], { label: 'Lumen' });
    const harbor = await vendorOrg(s, [Role.MODERATOR], { label: 'Harbor' });
    const { people } = await staffOrg(s, [Role.QA_MANAGER]);
    for (const person of [lumen.people.QA_MANAGER, lumen.people.MODERATOR]) {
      const { data } = await s.gql(VENDORS, {}, person.token);
      expect(data.vendors).toEqual([{ id: lumen.vendor.id, name: lumen.vendor.name }]);
    }
    const { data } = await s.gql(VENDORS, {}, people.QA_MANAGER.token);
    const ids = data.vendors.map((vendor: { id: string }) => vendor.id);
    expect(ids).toEqual(expect.arrayContaining([lumen.vendor.id, harbor.vendor.id]));
    expect(await em().count(Vendor, { id: { $in: ids } })).toBe(ids.length);
  });
});
