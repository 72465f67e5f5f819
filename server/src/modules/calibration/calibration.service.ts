import { LockMode } from '@mikro-orm/core';
import { lockSessionGate, retryingTransaction } from '../shared/transaction.js';
import { mayName } from '../shared/visibility/scopes.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventBus } from '../shared/bus.js';
import { notFound } from '../shared/errors.js';
import type { Viewer } from '../shared/viewer.js';
import { loadRef } from '../shared/load.js';
import { User } from '../identity/user.entity.js';
import { checkNewSession } from './session-setup.js';
import { CalibrationAccess } from './calibration-access.js';
import { CalibrationItem } from './calibration-item.entity.js';
import { CalibrationParticipant } from './calibration-participant.entity.js';
import type { SessionResultPayload } from './calibration-result.js';
import { CalibrationSession } from './calibration-session.entity.js';
import { ItemState, SessionMode, SessionStatus } from './calibration.enums.js';
import { calibrationError } from './calibration.errors.js';
import type { CastVoteInput, CreateCalibrationSessionInput } from './calibration.inputs.js';
import type { CalibrationResult, MyVote, RevealedVote, Tally } from './calibration.types.js';
import { SessionResult } from './session-result.entity.js';
import type { SessionHub } from './session-hub.js';
import { storeSessionResult } from './session-result-store.js';
import { assertLabel, buildTally, countEligible, labelsOf, revealedVotes } from './votes.js';
import { itemRevealed, sessionClosed } from './calibration-audit.js';
import type { AuditTrail } from '../shared/audit-log/audit-trail.js';

/** What calibration needs of the process: the bus it announces on, and this process's live sessions. */
export type CalibrationDeps = { bus: EventBus; sessions: SessionHub };

type ItemRow = {
  session_id: string;
  status: SessionStatus;
  state: ItemState;
  policy_version_id: string;
  mode: SessionMode;
};

/**
 * Calibration sessions: set-up, the live lifecycle, votes, gold, and the result computed
 * once at close (gold challenges: GoldChallengeService; who may see and run what:
 * CalibrationAccess). Rules that guard a race (a vote against a close or a reveal) are
 * enforced with locks taken in one order, session before item: a vote holds the session's
 * gate shared and its item row FOR UPDATE; start, open, reveal and close hold the gate
 * alone (see lockSessionGate), so a vote either commits before a close reads the votes or
 * sees the session closed, and a close never waits behind new votes. A transaction
 * PostgreSQL ends as a deadlock victim is run again (retryingTransaction).
 */
export class CalibrationService {
  /** Who may see and run what (the resolvers ask it for participation, driving and gold). */
  readonly access: CalibrationAccess;

  constructor(
    private readonly em: EntityManager,
    private readonly deps: CalibrationDeps,
    viewer: Viewer | null,
    private readonly trail: AuditTrail,
  ) {
    this.access = new CalibrationAccess(em, viewer);
  }

  private get me(): Viewer {
    return this.access.me;
  }

  // ---- reading ----

  /** Internal staff see every session; anyone else only those they facilitate or vote in. */
  async session(id: string): Promise<CalibrationSession> {
    const session = await this.em.findOne(CalibrationSession, id, { populate: ['policyVersion', 'facilitator'] });
    if (!session || !(await this.access.canView(session))) throw notFound('Calibration session', id);
    return session;
  }

  async sessions(status: SessionStatus | undefined, first: number): Promise<CalibrationSession[]> {
    return this.em.find(
      CalibrationSession,
      { $and: [this.access.sessionScope(), status ? { status } : {}] },
      { orderBy: { scheduledAt: 'desc', id: 'asc' }, populate: ['policyVersion', 'facilitator'], limit: first },
    );
  }

  /** The invited voters the viewer may see: a vendor's users see only their own vendor's and the platform's. */
  async participants(session: CalibrationSession): Promise<CalibrationParticipant[]> {
    const all = await this.em.find(
      CalibrationParticipant,
      { session },
      { populate: ['user.team', 'market'], orderBy: { market: { code: 'asc' }, user: { name: 'asc' } } },
    );
    const me = this.me;
    if (me.vendorId === null) return all;
    const vendorOf = async (p: CalibrationParticipant) => {
      const team = p.user.team ? await loadRef(p.user.team) : null;
      return team?.vendor?.id ?? null;
    };
    const visible = await Promise.all(all.map(async (p) => mayName(me, await vendorOf(p))));
    return all.filter((_, i) => visible[i]);
  }

  // A room's query resolves the tally for every item; the number of eligible voters is the
  // same for all of them, so it is asked once per request (the service lives as long).
  private readonly eligible = new Map<string, Promise<number>>();

  private eligibleIn(sessionId: string): Promise<number> {
    let count = this.eligible.get(sessionId);
    if (!count) {
      count = countEligible(this.em, sessionId);
      this.eligible.set(sessionId, count);
    }
    return count;
  }

  /** Counts only while the session is blind and the item unrevealed; the distribution otherwise. */
  async tally(item: CalibrationItem): Promise<Tally> {
    const session = await this.em.findOneOrFail(CalibrationSession, item.session.id);
    return buildTally(
      this.em,
      item.id,
      session.id,
      session.mode === SessionMode.OPEN || item.state === ItemState.REVEALED,
      this.eligibleIn(session.id),
    );
  }

  async myVote(item: CalibrationItem): Promise<MyVote | null> {
    const rows = await this.em.execute<{ label: string | null; rationale: string | null; seq: string }[]>(
      'select label, rationale, seq from vote where item_id = ? and user_id = ?',
      [item.id, this.me.id],
    );
    const row = rows[0];
    return row
      ? { label: row.label, abstained: row.label === null, rationale: row.rationale, version: Number(row.seq) }
      : null;
  }

  /** Every vote with its rationale: only once the item is revealed. */
  async revealedVotes(item: CalibrationItem): Promise<RevealedVote[] | null> {
    if (item.state !== ItemState.REVEALED) return null;
    return revealedVotes(this.em, item.id, this.me);
  }

  async result(sessionId: string, version?: number): Promise<CalibrationResult | null> {
    const session = await this.session(sessionId);
    const stored = await this.em.findOne(
      SessionResult,
      { session, ...(version ? { version } : {}) },
      { orderBy: { version: 'desc' } },
    );
    if (!stored) return null;
    const payload = stored.payload as unknown as SessionResultPayload;
    return {
      version: stored.version,
      reason: stored.reason,
      ...payload,
      statsVersion: stored.statsVersion,
      computedAt: stored.createdAt,
      participants: await this.access.visibleParticipants(payload.participants),
    } as CalibrationResult;
  }

  async resultVersions(sessionId: string): Promise<number[]> {
    const session = await this.session(sessionId);
    const rows = await this.em.find(SessionResult, { session }, { fields: ['version'], orderBy: { version: 'asc' } });
    return rows.map((r) => r.version);
  }

  /** The live events of a session for this viewer's subscription (see SessionHub). */
  live(sessionId: string) {
    return this.deps.sessions.subscribe(sessionId, this.me.id);
  }

  // ---- set-up ----

  async create(input: CreateCalibrationSessionInput): Promise<CalibrationSession> {
    const me = this.me;
    const { version, markets, users, cases } = await checkNewSession(this.em, me, input);

    return this.em.transactional(async (tx) => {
      const session = tx.create(CalibrationSession, {
        title: input.title.trim(),
        policyVersion: version,
        facilitator: tx.getReference(User, me.id),
        mode: input.mode,
        scheduledAt: input.scheduledAt,
        sampling: input.sampling ? { ...input.sampling } : { rule: 'BY_HAND', caseIds: input.caseIds },
      });
      session.invitedMarkets.set(markets);
      for (const user of users) tx.create(CalibrationParticipant, { session, user, market: user.market });
      cases.forEach((c, i) => tx.create(CalibrationItem, { session, case: c, position: i + 1 }));
      return session;
    });
  }

  // ---- the live lifecycle ----

  async start(sessionId: string): Promise<CalibrationSession> {
    const session = await retryingTransaction(this.em, async (tx) => {
      const session = await this.lockSession(tx, sessionId);
      if (session.status !== SessionStatus.SCHEDULED)
        throw calibrationError(
          'CONFLICT',
          'ALREADY_STARTED',
          `The session is already ${session.status.toLowerCase()}.`,
          {
            status: session.status,
          },
        );
      session.status = SessionStatus.LIVE;
      session.startedAt = new Date();
      return session;
    });
    await this.deps.bus.publish('session', session.id, { kind: 'started' });
    return session;
  }

  async openItem(itemId: string): Promise<CalibrationItem> {
    const item = await retryingTransaction(this.em, async (tx) => {
      const found = await tx.findOne(CalibrationItem, itemId);
      if (!found) throw notFound('Calibration item', itemId);
      const session = await this.lockSession(tx, found.session.id);
      const item = await tx.findOneOrFail(CalibrationItem, itemId, { refresh: true });
      if (session.status !== SessionStatus.LIVE)
        throw calibrationError('CONFLICT', 'SESSION_NOT_LIVE', 'Start the session before opening items.');
      if (item.state !== ItemState.PENDING)
        throw calibrationError(
          'CONFLICT',
          'ITEM_ALREADY_OPENED',
          `Item ${item.position} is already ${item.state.toLowerCase()}.`,
          {
            position: item.position,
            state: item.state,
          },
        );
      item.state = ItemState.VOTING;
      item.openedAt = new Date();
      return item;
    });
    await this.deps.bus.publish('session', item.session.id, { kind: 'item', itemId: item.id });
    return item;
  }

  async castVote(input: CastVoteInput): Promise<MyVote> {
    const me = this.me;
    const label = input.label ?? null;
    const rationale = input.rationale?.trim() || null;
    const { sessionId, version } = await retryingTransaction(this.em, async (tx) => {
      const [target] = await tx.execute<{ session_id: string }[]>(
        'select session_id from calibration_item where id = ?',
        [input.itemId],
      );
      if (!target) throw notFound('Calibration item', input.itemId);
      // The session's gate shared (a close waits for us, or we see it closed), then the item
      // row FOR UPDATE, so votes on one item commit in the order of their seq: a tally whose
      // version is V then holds every vote with seq <= V.
      await lockSessionGate(tx, target.session_id, 'shared');
      const rows = await tx.execute<ItemRow[]>(
        `select s.id as session_id, s.status, s.mode, s.policy_version_id, i.state
           from calibration_item i join calibration_session s on s.id = i.session_id
          where i.id = ? for update of i`,
        [input.itemId],
      );
      const row = rows[0];
      if (!row) throw notFound('Calibration item', input.itemId);
      const invited = await tx.execute('select 1 from calibration_participant where session_id = ? and user_id = ?', [
        row.session_id,
        me.id,
      ]);
      if (invited.length === 0)
        throw calibrationError('FORBIDDEN', 'NOT_A_PARTICIPANT', 'Only invited participants vote in this session.');
      if (row.status !== SessionStatus.LIVE)
        throw calibrationError(
          'CONFLICT',
          'SESSION_NOT_LIVE',
          `The session is ${row.status.toLowerCase()}: votes are closed.`,
          {
            status: row.status,
          },
        );
      if (row.state === ItemState.PENDING)
        throw calibrationError('CONFLICT', 'ITEM_NOT_OPEN', 'This item is not open for voting yet.');
      if (row.state === ItemState.REVEALED)
        throw calibrationError('CONFLICT', 'ITEM_REVEALED', 'This item has been revealed: votes can no longer change.');
      if (label !== null) assertLabel(await labelsOf(tx, row.policy_version_id), label);
      const [written] = await tx.execute<{ seq: string }[]>(
        `insert into vote (id, created_at, updated_at, item_id, session_id, user_id, label, rationale, seq)
         values (gen_random_uuid(), now(), now(), ?, ?, ?, ?, ?, nextval('vote_seq'))
         on conflict (item_id, user_id) do update
           set label = excluded.label, rationale = excluded.rationale, updated_at = now(), seq = nextval('vote_seq')
         returning seq`,
        [input.itemId, row.session_id, me.id, label, rationale],
      );
      return { sessionId: row.session_id, version: Number(written!.seq) };
    });
    // Committed: now the tally may be announced (coalesced with other votes on the item).
    this.deps.sessions.tallies.touch({ sessionId, itemId: input.itemId });
    return { label, abstained: label === null, rationale, version };
  }

  async reveal(itemId: string): Promise<CalibrationItem> {
    const item = await retryingTransaction(this.em, async (tx) => {
      // Session first, then the item, as a vote takes them.
      const found = await tx.findOne(CalibrationItem, itemId);
      if (!found) throw notFound('Calibration item', itemId);
      const session = await this.lockSession(tx, found.session.id);
      const item = await tx.findOneOrFail(CalibrationItem, itemId, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        refresh: true,
      });
      if (session.status !== SessionStatus.LIVE)
        throw calibrationError('CONFLICT', 'SESSION_NOT_LIVE', 'The session is not live.');
      if (item.state !== ItemState.VOTING)
        throw calibrationError(
          'CONFLICT',
          'ITEM_NOT_VOTING',
          `Item ${item.position} is ${item.state.toLowerCase()}, not voting.`,
          {
            position: item.position,
            state: item.state,
          },
        );
      item.state = ItemState.REVEALED;
      item.revealedAt = new Date();
      this.trail.add(tx, itemRevealed(session, item));
      return item;
    });
    await this.deps.bus.publish('session', item.session.id, { kind: 'revealed', itemId: item.id });
    return item;
  }

  async close(sessionId: string): Promise<CalibrationSession> {
    const me = this.me;
    const session = await retryingTransaction(this.em, async (tx) => {
      const session = await this.lockSession(tx, sessionId);
      if (session.status !== SessionStatus.LIVE)
        throw calibrationError(
          'CONFLICT',
          'SESSION_NOT_LIVE',
          `The session is ${session.status.toLowerCase()}, not live.`,
          {
            status: session.status,
          },
        );
      session.status = SessionStatus.CLOSED;
      session.closedAt = new Date();
      await tx.flush();
      // Every vote committed before this lock is read here; later ones see CLOSED.
      await storeSessionResult(tx, session, 1, 'closed', me.id);
      this.trail.add(tx, sessionClosed(session, 1));
      return session;
    });
    await this.deps.bus.publish('session', session.id, { kind: 'closed' });
    return session;
  }

  /** Takes the session's gate alone and loads it FOR UPDATE, after checking the viewer may drive it. */
  private async lockSession(tx: EntityManager, sessionId: string): Promise<CalibrationSession> {
    await lockSessionGate(tx, sessionId, 'exclusive');
    const session = await tx.findOne(CalibrationSession, sessionId, {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
    });
    if (!session || !(await this.access.canView(session, tx))) throw notFound('Calibration session', sessionId);
    if (!this.access.canDrive(session))
      throw calibrationError(
        'FORBIDDEN',
        'FACILITATOR_ONLY',
        'Only the facilitator or a QA manager runs this session.',
      );
    return session;
  }
}
