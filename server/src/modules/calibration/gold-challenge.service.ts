import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventBus } from '../shared/bus.js';
import { notFound } from '../shared/errors.js';
import type { Viewer } from '../shared/viewer.js';
import { Role } from '../identity/role.js';
import { User } from '../identity/user.entity.js';
import { CalibrationAccess } from './calibration-access.js';
import { CalibrationItem } from './calibration-item.entity.js';
import { CalibrationSession } from './calibration-session.entity.js';
import { ChallengeStatus, ItemState, SessionStatus } from './calibration.enums.js';
import { calibrationError } from './calibration.errors.js';
import type {
  ChallengeGoldInput,
  ResolveGoldChallengeInput,
  SetCalibrationItemGoldInput,
} from './calibration.inputs.js';
import { goldChallengeResolved, goldSet } from './calibration-audit.js';
import type { AuditTrail } from '../shared/audit-log/audit-trail.js';
import { GoldChallenge } from './gold-challenge.entity.js';
import { SessionResult } from './session-result.entity.js';
import { storeSessionResult } from './session-result-store.js';
import { assertLabel } from './votes.js';

/** What gold challenges need of the process: the bus a changed gold is announced on. */
export type GoldChallengeDeps = { bus: EventBus };

/**
 * Gold challenges: a participant disputes a revealed item's gold; a policy owner upholds
 * it or changes it, and a change to a closed session's gold stores a new result version.
 */
export class GoldChallengeService {
  private readonly access: CalibrationAccess;

  constructor(
    private readonly em: EntityManager,
    private readonly deps: GoldChallengeDeps,
    viewer: Viewer | null,
    private readonly trail: AuditTrail,
  ) {
    this.access = new CalibrationAccess(em, viewer);
  }

  private get me(): Viewer {
    return this.access.me;
  }

  /** A policy owner sets an item's gold while its session is open (after the close: a challenge). */
  async setGold(input: SetCalibrationItemGoldInput): Promise<CalibrationItem> {
    const me = this.me;
    if (me.role !== Role.POLICY_OWNER && me.role !== Role.ADMIN)
      throw calibrationError('FORBIDDEN', 'POLICY_OWNER_ONLY', 'Only a policy owner sets gold labels.');
    return this.em.transactional(async (tx) => {
      const item = await tx.findOne(CalibrationItem, input.itemId, {
        populate: ['session.policyVersion'],
        lockMode: LockMode.PESSIMISTIC_WRITE,
      });
      if (!item) throw notFound('Calibration item', input.itemId);
      const session = item.session;
      if (session.status === SessionStatus.CLOSED) {
        throw calibrationError(
          'CONFLICT',
          'GOLD_AFTER_CLOSE',
          'The session is closed: challenge the gold instead, so the change is recorded.',
        );
      }
      assertLabel(session.policyVersion.labels, input.label);
      if (item.goldLabel !== input.label) this.trail.add(tx, goldSet(session, item, item.goldLabel, input.label));
      item.goldLabel = input.label;
      item.goldSetBy = tx.getReference(User, me.id);
      return item;
    });
  }

  async challenges(item: CalibrationItem): Promise<GoldChallenge[]> {
    return this.em.find(
      GoldChallenge,
      { item },
      { orderBy: { createdAt: 'asc' }, populate: ['raisedBy', 'resolvedBy'] },
    );
  }

  async challengeGold(input: ChallengeGoldInput): Promise<GoldChallenge> {
    const me = this.me;
    const item = await this.em.findOne(CalibrationItem, input.itemId);
    if (!item) throw notFound('Calibration item', input.itemId);
    if (!(await this.access.isParticipant(item.session.id)))
      throw calibrationError('FORBIDDEN', 'NOT_A_PARTICIPANT', 'Only participants of the session challenge its gold.');
    if (item.state !== ItemState.REVEALED)
      throw calibrationError('CONFLICT', 'ITEM_NOT_REVEALED', 'Gold can be challenged after the item is revealed.');
    if (!item.goldLabel)
      throw calibrationError('CONFLICT', 'NO_GOLD_LABEL', 'This item has no gold label to challenge.');
    const open = await this.em.count(GoldChallenge, { item, raisedBy: me.id, status: ChallengeStatus.OPEN });
    if (open > 0)
      throw calibrationError('CONFLICT', 'CHALLENGE_OPEN', 'You already have an open challenge on this item.');
    const challenge = this.em.create(GoldChallenge, {
      item,
      raisedBy: this.em.getReference(User, me.id),
      reason: input.reason.trim(),
      goldAtChallenge: item.goldLabel,
    });
    await this.em.flush();
    return challenge;
  }

  async resolveChallenge(input: ResolveGoldChallengeInput): Promise<GoldChallenge> {
    const me = this.me;
    if (me.role !== Role.POLICY_OWNER && me.role !== Role.ADMIN)
      throw calibrationError('FORBIDDEN', 'POLICY_OWNER_ONLY', 'Only a policy owner resolves gold challenges.');
    let resultVersion: number | null = null;
    const challenge = await this.em.transactional(async (tx) => {
      const challenge = await tx.findOne(GoldChallenge, input.challengeId, {
        populate: ['item.session.policyVersion'],
        lockMode: LockMode.PESSIMISTIC_WRITE,
      });
      if (!challenge) throw notFound('Gold challenge', input.challengeId);
      if (challenge.status !== ChallengeStatus.OPEN)
        throw calibrationError(
          'CONFLICT',
          'CHALLENGE_RESOLVED',
          `This challenge is already ${challenge.status.toLowerCase()}.`,
          {
            status: challenge.status,
          },
        );
      const item = challenge.item;
      const session = await tx.findOneOrFail(CalibrationSession, item.session.id, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
      });
      const changed = input.newGold != null && input.newGold !== item.goldLabel;
      challenge.resolvedBy = tx.getReference(User, me.id);
      challenge.resolvedAt = new Date();
      challenge.resolutionNote = input.note.trim();
      const note = challenge.resolutionNote;
      if (!changed) {
        challenge.status = ChallengeStatus.UPHELD;
        this.trail.add(
          tx,
          goldChallengeResolved(session, item, { before: item.goldLabel, after: null, note, resultVersion }),
        );
        return challenge;
      }
      assertLabel(session.policyVersion.labels, input.newGold!);
      const before = item.goldLabel;
      item.goldLabel = input.newGold!;
      item.goldSetBy = tx.getReference(User, me.id);
      challenge.status = ChallengeStatus.CHANGED;
      challenge.newGold = input.newGold!;
      await tx.flush();
      if (session.status === SessionStatus.CLOSED) {
        const latest = await tx.findOne(SessionResult, { session }, { orderBy: { version: 'desc' } });
        resultVersion = (latest?.version ?? 0) + 1;
        await storeSessionResult(
          tx,
          session,
          resultVersion,
          `gold of item ${item.position} changed from ${before} to ${input.newGold}`,
          me.id,
        );
      }
      this.trail.add(tx, goldChallengeResolved(session, item, { before, after: input.newGold!, note, resultVersion }));
      return challenge;
    });
    if (challenge.status === ChallengeStatus.CHANGED) {
      await this.deps.bus.publish('session', challenge.item.session.id, {
        kind: 'gold',
        itemId: challenge.item.id,
        resultVersion: resultVersion ?? 0,
      });
    }
    return challenge;
  }
}
