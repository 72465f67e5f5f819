import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Market } from '../identity/market.entity.js';
import { Role, TeamKind } from '../identity/role.js';
import { Team } from '../identity/team.entity.js';
import { Vendor } from '../identity/vendor.entity.js';
import { AuditAction } from '../shared/audit-log/audit-action.js';
import { type AuditTrail, changed } from '../shared/audit-log/audit-trail.js';
import { notFound } from '../shared/errors.js';
import { retryingTransaction } from '../shared/transaction.js';
import type { Viewer } from '../shared/viewer.js';
import { orgError } from './org.errors.js';
import type {
  CreateMarketInput,
  CreateTeamInput,
  CreateVendorInput,
  UpdateMarketInput,
  UpdateTeamInput,
  UpdateVendorInput,
} from './org.inputs.js';

const isPlatformAdmin = (viewer: Viewer) => viewer.role === Role.ADMIN && viewer.vendorId === null;

function platformAdmin(viewer: Viewer | null): Viewer {
  if (!viewer || !isPlatformAdmin(viewer)) {
    throw orgError('FORBIDDEN', 'NOT_AN_ADMIN', 'Only the platform’s admins manage vendors and markets.');
  }
  return viewer;
}

/** A vendor's admin is their vendor's QA manager (as for people, see people/placement.ts). */
function teamAdmin(viewer: Viewer | null): Viewer {
  if (viewer && (isPlatformAdmin(viewer) || (viewer.role === Role.QA_MANAGER && viewer.vendorId !== null))) {
    return viewer;
  }
  throw orgError('FORBIDDEN', 'NOT_AN_ADMIN', 'Only admins and a vendor’s QA managers manage teams.');
}

const taken = (kind: 'NAME_TAKEN' | 'CODE_TAKEN', what: string, value: string) =>
  orgError('CONFLICT', kind, `There is already a ${what} "${value}".`, { what, value });

/**
 * The organisation's shape: its vendors, its markets (a language and a time zone each) and
 * its teams. The platform's admins manage all of it; a vendor's QA manager manages their own
 * vendor's teams. Every change is in the audit log, in the change's own transaction.
 */
export class OrgService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
    private readonly trail: AuditTrail,
  ) {}

  /** Vendors the viewer may see: every one for the platform's staff, their own for a vendor's people. */
  vendors(viewer: Viewer) {
    return this.em.find(Vendor, viewer.vendorId === null ? {} : { id: viewer.vendorId }, { orderBy: { name: 'asc' } });
  }

  async createVendor(input: CreateVendorInput) {
    platformAdmin(this.viewer);
    const name = input.name.trim();
    return this.unique('NAME_TAKEN', 'vendor', name, (tx) => {
      const vendor = tx.create(Vendor, { name });
      this.trail.add(tx, {
        action: AuditAction.VENDOR_CREATED,
        target: vendorTarget(vendor),
        vendorId: vendor.id,
        after: { name },
      });
      return { vendor };
    });
  }

  async updateVendor(input: UpdateVendorInput) {
    platformAdmin(this.viewer);
    const name = input.name.trim();
    return this.unique('NAME_TAKEN', 'vendor', name, async (tx) => {
      const vendor = await tx.findOne(Vendor, input.vendorId);
      if (!vendor) throw notFound('Vendor', input.vendorId);
      const change = changed({ name: vendor.name }, { name });
      vendor.name = name;
      if (change.any) {
        this.trail.add(tx, {
          action: AuditAction.VENDOR_UPDATED,
          target: vendorTarget(vendor),
          vendorId: vendor.id,
          ...change,
        });
      }
      return { vendor };
    });
  }

  async createMarket(input: CreateMarketInput) {
    platformAdmin(this.viewer);
    const [code] = Intl.getCanonicalLocales(input.code);
    const language = Intl.getCanonicalLocales(input.language ?? code!.split('-')[0]!)[0]!;
    const fields = { code: code!, name: input.name.trim(), language, timeZone: input.timeZone };
    return this.unique('CODE_TAKEN', 'market', fields.code, (tx) => {
      const market = tx.create(Market, fields);
      this.trail.add(tx, { action: AuditAction.MARKET_CREATED, target: marketTarget(market), after: fields });
      return { market };
    });
  }

  async updateMarket(input: UpdateMarketInput) {
    platformAdmin(this.viewer);
    return retryingTransaction(this.em, async (tx) => {
      const market = await tx.findOne(Market, input.marketId);
      if (!market) throw notFound('Market', input.marketId);
      const before = { name: market.name, language: market.language, timeZone: market.timeZone };
      market.name = input.name?.trim() ?? market.name;
      market.language = input.language ? Intl.getCanonicalLocales(input.language)[0]! : market.language;
      market.timeZone = input.timeZone ?? market.timeZone;
      const change = changed(before, { name: market.name, language: market.language, timeZone: market.timeZone });
      if (change.any)
        this.trail.add(tx, { action: AuditAction.MARKET_UPDATED, target: marketTarget(market), ...change });
      return { market };
    });
  }

  async createTeam(input: CreateTeamInput) {
    const viewer = teamAdmin(this.viewer);
    // A vendor's admin makes teams for their own vendor, whatever the input names.
    const vendorId = viewer.vendorId ?? input.vendorId ?? null;
    if (viewer.vendorId !== null && input.vendorId && input.vendorId !== viewer.vendorId) {
      throw orgError('FORBIDDEN', 'OTHER_VENDOR', 'You manage your own vendor’s teams only.');
    }
    const name = input.name.trim();
    return this.unique('NAME_TAKEN', 'team in this market', name, async (tx) => {
      const market = await tx.findOne(Market, input.marketId);
      if (!market) throw notFound('Market', input.marketId);
      const vendor = vendorId ? await tx.findOne(Vendor, vendorId) : null;
      if (vendorId && !vendor) throw notFound('Vendor', vendorId);
      const team = tx.create(Team, { name, market, vendor, kind: vendor ? TeamKind.VENDOR : TeamKind.INTERNAL });
      this.trail.add(tx, {
        action: AuditAction.TEAM_CREATED,
        target: teamTarget(team),
        vendorId: vendor?.id ?? null,
        after: { name, market: market.code, vendor: vendor?.name ?? null },
      });
      return { team };
    });
  }

  async updateTeam(input: UpdateTeamInput) {
    const viewer = teamAdmin(this.viewer);
    const name = input.name.trim();
    return this.unique('NAME_TAKEN', 'team in this market', name, async (tx) => {
      const team = await tx.findOne(Team, input.teamId, { populate: ['vendor', 'market'] });
      // Another vendor's team (or the platform's, for a vendor's admin) is not found.
      if (!team || (viewer.vendorId !== null && team.vendor?.id !== viewer.vendorId))
        throw notFound('Team', input.teamId);
      const change = changed({ name: team.name }, { name });
      team.name = name;
      if (change.any) {
        this.trail.add(tx, {
          action: AuditAction.TEAM_UPDATED,
          target: teamTarget(team),
          vendorId: team.vendor?.id ?? null,
          ...change,
        });
      }
      return { team };
    });
  }

  /** Runs `work` in a transaction, naming the clash when a unique name or code is taken. */
  private async unique<T>(
    kind: 'NAME_TAKEN' | 'CODE_TAKEN',
    what: string,
    value: string,
    work: (tx: EntityManager) => T | Promise<T>,
  ) {
    try {
      return await retryingTransaction(this.em, async (tx) => {
        const result = await work(tx);
        await tx.flush();
        return result;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw taken(kind, what, value);
      throw error;
    }
  }
}

const vendorTarget = (vendor: Vendor) => ({ type: 'Vendor', id: vendor.id, label: vendor.name });
const marketTarget = (market: Market) => ({ type: 'Market', id: market.id, label: market.code });
const teamTarget = (team: Team) => ({ type: 'Team', id: team.id, label: team.name });
