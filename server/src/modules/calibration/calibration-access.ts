import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { unauthenticated } from '../shared/errors.js';
import { type Viewer, QA_ROLES } from '../shared/viewer.js';
import { Role } from '../identity/role.js';
import { User } from '../identity/user.entity.js';
import type { CalibrationItem } from './calibration-item.entity.js';
import { CalibrationParticipant } from './calibration-participant.entity.js';
import type { SessionResultPayload } from './calibration-result.js';
import { CalibrationSession } from './calibration-session.entity.js';
import { ItemState } from './calibration.enums.js';

/**
 * Who may see and run a calibration session, and what of it: sessions, who drives them,
 * who votes in them, gold before reveal, and the per-participant figures of a result.
 * One per request: whether the viewer votes in a session is asked once (`isParticipant`).
 */
export class CalibrationAccess {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
  ) {}

  get me(): Viewer {
    if (!this.viewer) throw unauthenticated();
    return this.viewer;
  }

  /** Internal staff see every session; anyone else only those they facilitate or vote in. */
  async canView(session: CalibrationSession, em: EntityManager = this.em): Promise<boolean> {
    const me = this.me;
    if (me.vendorId === null && me.role !== Role.MODERATOR) return true;
    if (session.facilitator.id === me.id) return true;
    return (await em.count(CalibrationParticipant, { session, user: me.id })) > 0;
  }

  /** The sessions the viewer may see, as a filter (the rule of `canView`). */
  sessionScope(): FilterQuery<CalibrationSession> {
    const me = this.me;
    return me.vendorId === null && me.role !== Role.MODERATOR
      ? {}
      : { $or: [{ facilitator: me.id }, { participants: { user: me.id } }] };
  }

  // A room's query resolves gold and case for every item; whether the viewer votes in the
  // session is the same for all of them, so it is asked once per request (this lives as long).
  private readonly participation = new Map<string, Promise<boolean>>();

  isParticipant(sessionId: string, userId = this.me.id): Promise<boolean> {
    const key = `${sessionId}:${userId}`;
    let answer = this.participation.get(key);
    if (!answer) {
      answer = this.em.count(CalibrationParticipant, { session: sessionId, user: userId }).then((n) => n > 0);
      this.participation.set(key, answer);
    }
    return answer;
  }

  canDrive(session: CalibrationSession): boolean {
    const me = this.me;
    return session.facilitator.id === me.id || me.role === Role.QA_MANAGER || me.role === Role.ADMIN;
  }

  /**
   * Gold is shown to everyone once the item is revealed; before, only to people who
   * set or run it and do not vote in it (never to a voter).
   */
  async goldVisible(item: CalibrationItem): Promise<boolean> {
    if (item.state === ItemState.REVEALED) return true;
    const me = this.me;
    const session = await this.em.findOneOrFail(CalibrationSession, item.session.id);
    const mayKnow =
      session.facilitator.id === me.id || [Role.POLICY_OWNER, Role.QA_MANAGER, Role.ADMIN].includes(me.role);
    return mayKnow && !(await this.isParticipant(session.id));
  }

  /** Per-participant figures: QA roles only, and a vendor's QA only for its own people. */
  async visibleParticipants(participants: SessionResultPayload['participants']) {
    const me = this.me;
    if (!QA_ROLES.includes(me.role)) return null;
    if (me.vendorId === null) return participants;
    const own = await this.em.find(
      User,
      { id: { $in: participants.map((p) => p.userId) }, team: { vendor: me.vendorId } },
      { fields: ['id'] },
    );
    const ids = new Set(own.map((u) => u.id));
    return participants.filter((p) => ids.has(p.userId));
  }
}
