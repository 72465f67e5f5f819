import { type FilterQuery, LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound, unauthenticated } from '../shared/errors.js';
import { QA_ROLES, type Viewer } from '../shared/viewer.js';
import { Role } from '../identity/role.js';
import { Briefing } from './briefing.entity.js';
import { briefingError } from './briefing.errors.js';
import { BriefingQuestion } from './briefing-question.entity.js';

/** Who attends any briefing, whatever its markets. */
const ALWAYS_ATTEND: readonly Role[] = [...QA_ROLES, Role.POLICY_OWNER];

/**
 * Who may see and do what in briefings. Attendees are the users of the audience markets,
 * QA roles, policy owners and admins; to anyone else a briefing and its questions do not
 * exist (NOT_FOUND). The presenter (or an admin) drives the briefing and moderates the
 * thread. The locking lookups here are the ones every write starts from (see
 * briefing.service.ts for the order the locks are taken in).
 */
export class BriefingAccess {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
  ) {}

  get me(): Viewer {
    if (!this.viewer) throw unauthenticated();
    return this.viewer;
  }

  /** The presenter, or any admin. */
  canPresent(briefing: Briefing): boolean {
    const me = this.me;
    return me.role === Role.ADMIN || briefing.presenter.id === me.id;
  }

  async canAttend(briefing: Briefing, em: EntityManager = this.em): Promise<boolean> {
    const me = this.me;
    if (ALWAYS_ATTEND.includes(me.role) || briefing.presenter.id === me.id) return true;
    const rows = await em.execute(
      'select 1 from briefing_audience_markets where briefing_id = ? and market_id = ? limit 1',
      [briefing.id, me.marketId],
    );
    return rows.length > 0;
  }

  /** The briefings the viewer attends, as a filter (the same rule as `canAttend`). */
  attended(): { $or?: FilterQuery<Briefing>[] } {
    const me = this.me;
    return ALWAYS_ATTEND.includes(me.role) ? {} : { $or: [{ presenter: me.id }, { audienceMarkets: me.marketId }] };
  }

  /** Hidden questions exist only for the presenter, admins and their author. */
  canSeeQuestion(briefing: Briefing, question: BriefingQuestion): boolean {
    return !question.hidden || this.canPresent(briefing) || question.author.id === this.me.id;
  }

  /** A briefing the viewer attends, or NOT_FOUND. */
  async briefing(id: string, em: EntityManager = this.em, lock?: LockMode): Promise<Briefing> {
    const briefing = await em.findOne(Briefing, id, lock ? { lockMode: lock } : {});
    if (!briefing || !(await this.canAttend(briefing, em))) throw notFound('Briefing', id);
    return briefing;
  }

  /** The briefing FOR UPDATE, after checking the viewer attends (NOT_FOUND) and presents it (FORBIDDEN). */
  async lockToPresent(tx: EntityManager, briefingId: string): Promise<Briefing> {
    const briefing = await this.briefing(briefingId, tx, LockMode.PESSIMISTIC_WRITE);
    if (!this.canPresent(briefing)) {
      throw briefingError(
        'FORBIDDEN',
        'PRESENTER_ONLY',
        'Only the presenter of this briefing (or an admin) does that.',
      );
    }
    return briefing;
  }

  /** The question FOR UPDATE and its briefing FOR SHARE, as far as the viewer may see them. */
  async lockQuestion(tx: EntityManager, questionId: string) {
    const [row] = await tx.execute<{ briefing_id: string }[]>(
      'select briefing_id from briefing_question where id = ?',
      [questionId],
    );
    if (!row) throw notFound('Question', questionId);
    const briefing = await tx
      .findOne(Briefing, row.briefing_id, { lockMode: LockMode.PESSIMISTIC_READ })
      .then(async (b) => (b && (await this.canAttend(b, tx)) ? b : null));
    const question = briefing
      ? await tx.findOne(BriefingQuestion, questionId, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!briefing || !question || !this.canSeeQuestion(briefing, question)) throw notFound('Question', questionId);
    return { question, briefing };
  }
}
