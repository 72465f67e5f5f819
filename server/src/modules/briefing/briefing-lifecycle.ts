import type { EntityManager } from '@mikro-orm/postgresql';
import type { BriefingDeps } from './briefing-deps.js';
import { notFound } from '../shared/errors.js';
import type { Viewer } from '../shared/viewer.js';
import { Market } from '../identity/market.entity.js';
import { Role } from '../identity/role.js';
import { User } from '../identity/user.entity.js';
import { PolicyVersionStatus } from '../policy/policy.enums.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import type { BriefingAccess } from './briefing-access.js';
import { BriefingStatus } from './briefing.enums.js';
import { briefingError } from './briefing.errors.js';
import { Briefing } from './briefing.entity.js';
import type { ScheduleBriefingInput, UpdateBriefingInput } from './briefing.inputs.js';

/**
 * A briefing's life: scheduled, changed, started, ended, its thread closed; and the
 * acknowledgement of the presented version from the room. Each step takes the briefing
 * FOR UPDATE and announces itself after the commit.
 */
export class BriefingLifecycle {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: Pick<BriefingDeps, 'bus' | 'briefings' | 'policy'>,
    private readonly access: BriefingAccess,
    private readonly viewer: Viewer | null,
  ) {}

  async schedule(input: ScheduleBriefingInput) {
    const me = this.access.me;
    const presenterId = input.presenterId ?? me.id;
    if (presenterId !== me.id && me.role !== Role.ADMIN) {
      throw briefingError(
        'FORBIDDEN',
        'OTHER_PRESENTER_ADMIN_ONLY',
        'Only an admin schedules a briefing for another presenter.',
      );
    }
    const presenter = await this.em.findOne(User, { id: presenterId, active: true });
    if (!presenter) throw notFound('User', presenterId);
    if (presenter.role !== Role.POLICY_OWNER && presenter.role !== Role.ADMIN) {
      const presenterName = presenter.name;
      throw briefingError(
        'BAD_USER_INPUT',
        'NOT_A_PRESENTER',
        `${presenterName} cannot present: a briefing's presenter is a policy owner (or an admin).`,
        { presenterName },
      );
    }
    const version = await this.em.findOne(PolicyVersion, input.policyVersionId, { populate: ['policy'] });
    if (!version) throw notFound('Policy version', input.policyVersionId);
    if (version.status !== PolicyVersionStatus.PUBLISHED) {
      const values = { policyKey: version.policy.key, versionNumber: version.number, status: version.status };
      throw briefingError(
        'CONFLICT',
        'VERSION_NOT_PUBLISHED',
        `Version ${values.versionNumber} of "${values.policyKey}" is ${values.status.toLowerCase()}: brief a published version.`,
        values,
      );
    }
    const markets = await this.em.find(Market, { id: { $in: input.marketIds } });
    if (markets.length !== input.marketIds.length) {
      const missing = input.marketIds.filter((id) => !markets.some((m) => m.id === id));
      throw briefingError('BAD_USER_INPUT', 'UNKNOWN_MARKETS', `Unknown market(s): ${missing.join(', ')}.`, {
        marketIds: missing,
      });
    }
    const briefing = this.em.create(Briefing, {
      title: input.title.trim(),
      policyVersion: version,
      presenter,
      scheduledAt: input.scheduledAt,
      notes: input.notes ?? '',
    });
    briefing.audienceMarkets.set(markets);
    await this.em.flush();
    return { briefing };
  }

  async update(input: UpdateBriefingInput) {
    const briefing = await this.em.transactional(async (tx) => {
      const briefing = await this.access.lockToPresent(tx, input.briefingId);
      if (briefing.threadClosedAt) {
        throw briefingError('CONFLICT', 'THREAD_CLOSED', 'This briefing is closed: it can no longer change.');
      }
      // Omitted or null: unchanged (null reached .trim() and NOT NULL columns as a 500).
      const setUp = input.title != null || input.scheduledAt != null || input.marketIds != null;
      if (setUp && briefing.status !== BriefingStatus.SCHEDULED) {
        const { status } = briefing;
        throw briefingError(
          'CONFLICT',
          'ONLY_NOTES_CHANGE',
          `The briefing is ${status.toLowerCase()}: only its notes can change now.`,
          { status },
        );
      }
      if (input.marketIds != null) {
        const markets = await tx.find(Market, { id: { $in: input.marketIds } });
        if (markets.length !== input.marketIds.length) {
          throw briefingError('BAD_USER_INPUT', 'UNKNOWN_MARKETS', 'Some of those markets do not exist.');
        }
        await briefing.audienceMarkets.init();
        briefing.audienceMarkets.set(markets);
      }
      if (input.title != null) briefing.title = input.title.trim();
      if (input.scheduledAt != null) briefing.scheduledAt = input.scheduledAt;
      if (input.notes !== undefined) briefing.notes = input.notes ?? '';
      return briefing;
    });
    await this.deps.bus.publish('briefing', briefing.id, { kind: 'updated' });
    return { briefing };
  }

  async start(briefingId: string) {
    const briefing = await this.em.transactional(async (tx) => {
      const briefing = await this.access.lockToPresent(tx, briefingId);
      if (briefing.status !== BriefingStatus.SCHEDULED) {
        const { status } = briefing;
        throw briefingError(
          'CONFLICT',
          'NOT_SCHEDULED',
          `The briefing is ${status.toLowerCase()}: only a scheduled briefing starts.`,
          { status },
        );
      }
      briefing.status = BriefingStatus.LIVE;
      briefing.startedAt = new Date();
      return briefing;
    });
    await this.deps.bus.publish('briefing', briefing.id, { kind: 'started' });
    return { briefing };
  }

  async end(briefingId: string) {
    const briefing = await this.em.transactional(async (tx) => {
      const briefing = await this.access.lockToPresent(tx, briefingId);
      if (briefing.status !== BriefingStatus.LIVE) {
        const { status } = briefing;
        throw briefingError(
          'CONFLICT',
          'NOT_LIVE',
          `The briefing is ${status.toLowerCase()}: only a live briefing ends.`,
          { status },
        );
      }
      briefing.status = BriefingStatus.ENDED;
      briefing.endedAt = new Date();
      return briefing;
    });
    await this.deps.bus.publish('briefing', briefing.id, { kind: 'ended' });
    return { briefing };
  }

  async closeThread(briefingId: string) {
    const briefing = await this.em.transactional(async (tx) => {
      const briefing = await this.access.lockToPresent(tx, briefingId);
      if (briefing.status !== BriefingStatus.ENDED) {
        throw briefingError(
          'CONFLICT',
          'NOT_ENDED',
          'End the briefing first: its thread stays open for follow-up until you close it.',
        );
      }
      if (briefing.threadClosedAt) throw briefingError('CONFLICT', 'THREAD_CLOSED', 'The thread is already closed.');
      briefing.threadClosedAt = new Date();
      return briefing;
    });
    await this.deps.bus.publish('briefing', briefing.id, { kind: 'threadClosed' });
    return { briefing };
  }

  async acknowledge(briefingId: string) {
    const briefing = await this.access.briefing(briefingId);
    const { acknowledgement } = await this.deps.policy(this.em).acknowledge(briefing.policyVersion.id);
    this.deps.briefings.acknowledged(briefing.id);
    return { briefing, acknowledgement };
  }
}
