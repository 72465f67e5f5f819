import { createHmac, randomBytes } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../viewer.js';
import { loadRef } from '../load.js';
import type { Audit } from '../../audit/audit.entity.js';
import type { Case } from '../../case/case.entity.js';
import type { Team } from '../../identity/team.entity.js';
import type { User } from '../../identity/user.entity.js';
import type { Vendor } from '../../identity/vendor.entity.js';
import { auditScope, mayName } from './scopes.js';

/** How a case the viewer still votes on is hidden: its decision always, its content too until its item opens. */
export type BlindState = 'voting' | 'pending';

export const ANOTHER_VENDORS_REVIEWER = 'Another vendor’s reviewer';
export const ANOTHER_VENDORS_TEAM = 'Another vendor’s team';
export const ANOTHER_VENDOR = 'Another vendor';

/** Stands in for a person, team or vendor of another vendor: a stable id that names no one. */
const PSEUDONYM_KEY = randomBytes(32);
const pseudonym = (kind: string, id: string) =>
  `hidden-${createHmac('sha256', PSEUDONYM_KEY).update(`${kind}:${id}`).digest('hex').slice(0, 24)}`;

/**
 * Who may see which rows and fields, decided once per request (one per HTTP request and
 * per websocket operation) and applied wherever data is read:
 *
 * - **Blind calibration.** The cases the viewer is still to vote on (an unrevealed item of
 *   a session they take part in that has not closed) are found with one query, once.
 *   Such a case shows no decision, moderator or (until its item opens) content; a filter
 *   on a hidden field never matches it (`cases`), and its audits, their appeals and
 *   counts do not exist for the viewer until the reveal (`audits`).
 * - **Vendor isolation.** A person, team or vendor of another vendor reaches a vendor's
 *   viewer only as "another vendor's reviewer / team / vendor" (`masked`): the schema
 *   wraps every field whose type is User, Team or Vendor (`guardVendorWall`), so a new
 *   relation cannot forget it.
 */
export class Visibility {
  constructor(
    private readonly em: EntityManager,
    readonly viewer: Viewer | null,
  ) {}

  private blind?: Promise<Map<string, BlindState>>;
  private readonly marked = new Map<string, BlindState>();

  /** The viewer's blind cases: one query per request, whatever asks. */
  blindCases(): Promise<ReadonlyMap<string, BlindState>> {
    this.blind ??= this.loadBlindCases();
    return this.blind;
  }

  private async loadBlindCases(): Promise<Map<string, BlindState>> {
    const blind = new Map<string, BlindState>();
    if (!this.viewer) return blind;
    const rows = await this.em.execute<{ caseId: string; pending: boolean }[]>(
      `select i.case_id as "caseId", bool_or(i.state = 'PENDING') as pending
         from calibration_item i
         join calibration_session s on s.id = i.session_id
         join calibration_participant p on p.session_id = i.session_id
        where p.user_id = ? and i.state <> 'REVEALED' and s.status <> 'CLOSED'
        group by i.case_id`,
      [this.viewer.id],
    );
    // A case sampled into two sessions stays blind by its most hidden state.
    for (const row of rows) blind.set(row.caseId, row.pending ? 'pending' : 'voting');
    return blind;
  }

  /** How `caseId` is hidden from the viewer, or null when it is not. */
  async blindState(caseId: string): Promise<BlindState | null> {
    const marked = this.marked.get(caseId);
    if (marked === 'pending') return marked;
    return (await this.blindCases()).get(caseId) ?? marked ?? null;
  }

  /**
   * A calibration item this request reached is unrevealed and the viewer votes on it:
   * also covers an unrevealed item of a closed session, reached through its session.
   */
  markBlind(caseId: string, state: BlindState) {
    if (this.marked.get(caseId) !== 'pending') this.marked.set(caseId, state);
  }

  private async blindIds(): Promise<string[]> {
    return [...(await this.blindCases()).keys(), ...this.marked.keys()];
  }

  /**
   * Cases that may match a filter or sort on a hidden field (decision, text): none of the
   * viewer's blind cases, whatever their value, so the answer says nothing about them.
   */
  async casesMatchingHiddenFields(): Promise<FilterQuery<Case>> {
    const ids = await this.blindIds();
    return ids.length ? { id: { $nin: ids } } : {};
  }

  /** The audits the viewer may read: by role and vendor, and none of a blind case. */
  async audits(): Promise<FilterQuery<Audit>> {
    const viewer = this.viewer;
    if (!viewer) return { id: { $in: [] } };
    const ids = await this.blindIds();
    return ids.length ? { $and: [auditScope(viewer), { case: { $nin: ids } }] } : auditScope(viewer);
  }

  /** The ids of the viewer's blind cases, for SQL that counts audits or votes (`<> all(?)`). */
  async blindCaseIds(): Promise<string[]> {
    return this.blindIds();
  }

  // ---- vendor isolation ----

  /** Whether the viewer may name a person or team of `vendorId` (null: the platform's own). */
  mayName(vendorId: string | null): boolean {
    return mayName(this.viewer, vendorId);
  }

  /** A person as the viewer may see them: themselves, or "another vendor's reviewer". */
  async person(user: User): Promise<User> {
    if (this.viewer?.vendorId == null || !user.team) return user;
    const team = await loadRef(user.team);
    if (this.mayName(team.vendor?.id ?? null)) return user;
    return {
      id: pseudonym('user', user.id),
      name: ANOTHER_VENDORS_REVIEWER,
      email: '',
      role: user.role,
      market: user.market,
      team: null,
      active: true,
      createdAt: new Date(0),
      anonymous: true,
    } as unknown as User;
  }

  /** A team as the viewer may see it: another vendor's has no name, lead or members. */
  async team(team: Team): Promise<Team> {
    if (this.viewer?.vendorId == null) return team;
    await loadRef(team);
    if (this.mayName(team.vendor?.id ?? null)) return team;
    return {
      id: pseudonym('team', team.id),
      name: ANOTHER_VENDORS_TEAM,
      kind: team.kind,
      market: team.market,
      vendor: team.vendor,
      lead: null,
      createdAt: new Date(0),
    } as unknown as Team;
  }

  vendor(vendor: Vendor): Vendor {
    if (this.mayName(vendor.id)) return vendor;
    return { id: pseudonym('vendor', vendor.id), name: ANOTHER_VENDOR, createdAt: new Date(0) } as unknown as Vendor;
  }
}
