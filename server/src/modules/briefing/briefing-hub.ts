import type { MikroORM } from '@mikro-orm/core';
import type { BusNotices, EventBus } from '../shared/bus.js';
import { LiveHub } from '../shared/live-hub.js';
import { Coalescer } from '../shared/coalescer.js';
import type { QuestionStatus } from './briefing.enums.js';
import {
  BriefingAcknowledgementsChanged,
  BriefingEnded,
  type BriefingEventValue,
  BriefingPresenceChanged,
  BriefingQuestionAsked,
  BriefingQuestionReplied,
  BriefingQuestionStatusChanged,
  BriefingQuestionUpvoted,
  BriefingReplyHiddenChanged,
  BriefingStarted,
  BriefingThreadClosed,
  BriefingUpdated,
} from './briefing.types.js';
import { acknowledgementCounts, presenceCounts } from './briefing-counts.js';

declare module '../shared/bus.js' {
  /** What a briefing's channel carries. */
  interface BusNotices {
    briefing:
      | { kind: 'started' | 'ended' | 'threadClosed' | 'updated' | 'presence' | 'acknowledged' }
      | { kind: 'asked' | 'upvoted' | 'status'; questionId: string }
      | { kind: 'replied' | 'replyHidden'; questionId: string; replyId: string };
  }
}

type Notice = BusNotices['briefing'];

/** Upvotes on one question wait at most this long, so a burst makes one notice. */
export const UPVOTE_WINDOW_MS = 50;
/** Presence and acknowledgement counts are announced at most this often per briefing. */
const COUNTS_WINDOW_MS = 250;

/**
 * The live side of briefings in one process, after calibration's `SessionHub`: per
 * briefing with subscribers here, one bus subscription; each notice becomes one event
 * (one database read) handed to every local subscriber. Events carry counts and ids,
 * never an author or anything about the viewer.
 */
export class BriefingHub extends LiveHub<'briefing', BriefingEventValue> {
  readonly upvotes: Coalescer<{ briefingId: string; questionId: string }>;
  private readonly counts: Coalescer<{ briefingId: string; kind: 'presence' | 'acknowledged' }>;

  constructor(orm: MikroORM, bus: EventBus) {
    super(orm, bus, {
      topic: 'briefing',
      presenceTable: 'briefing_presence',
      channelColumn: 'briefing_id',
      label: 'briefing',
    });
    this.upvotes = new Coalescer(
      UPVOTE_WINDOW_MS,
      ({ briefingId, questionId }) => bus.publish('briefing', briefingId, { kind: 'upvoted', questionId }),
      ({ briefingId, questionId }) => `${briefingId}:${questionId}`,
    );
    this.counts = new Coalescer(
      COUNTS_WINDOW_MS,
      ({ briefingId, kind }) => bus.publish('briefing', briefingId, { kind }),
      ({ briefingId, kind }) => `${briefingId}:${kind}`,
    );
  }

  /** Announces the acknowledgement counts of a briefing (coalesced). */
  acknowledged(briefingId: string) {
    this.counts.touch({ briefingId, kind: 'acknowledged' });
  }

  protected noticeKey(notice: Notice): string {
    return `${notice.kind}:${'questionId' in notice ? notice.questionId : ''}:${'replyId' in notice ? notice.replyId : ''}`;
  }

  protected presenceChanged(briefingId: string): void {
    this.counts.touch({ briefingId, kind: 'presence' });
  }

  protected async drainNotices(): Promise<void> {
    await this.upvotes.drain();
    await this.counts.drain();
  }

  /** Turns a notice into the event every viewer sees. */
  protected async build(briefingId: string, notice: Notice): Promise<BriefingEventValue | null> {
    const em = this.em();
    switch (notice.kind) {
      case 'started':
      case 'ended':
      case 'threadClosed':
      case 'updated': {
        const [row] = await this.rows<
          {
            title: string;
            scheduled_at: Date;
            started_at: Date | null;
            ended_at: Date | null;
            thread_closed_at: Date | null;
          }[]
        >('select title, scheduled_at, started_at, ended_at, thread_closed_at from briefing where id = ?', [
          briefingId,
        ]);
        if (!row) return null;
        if (notice.kind === 'started')
          return Object.assign(new BriefingStarted(), { briefingId, startedAt: row.started_at });
        if (notice.kind === 'ended') return Object.assign(new BriefingEnded(), { briefingId, endedAt: row.ended_at });
        if (notice.kind === 'threadClosed')
          return Object.assign(new BriefingThreadClosed(), { briefingId, closedAt: row.thread_closed_at });
        return Object.assign(new BriefingUpdated(), {
          briefingId,
          title: row.title,
          scheduledAt: row.scheduled_at,
        });
      }
      case 'asked': {
        const [row] = await this.rows<{ text: string; anonymous: boolean; hidden: boolean; created_at: Date }[]>(
          'select text, anonymous, hidden, created_at from briefing_question where id = ?',
          [notice.questionId],
        );
        // Hidden before its announcement was built: attendees must not see its text.
        if (!row || row.hidden) return null;
        return Object.assign(new BriefingQuestionAsked(), {
          briefingId,
          questionId: notice.questionId,
          text: row.text,
          anonymous: row.anonymous,
          createdAt: row.created_at,
        });
      }
      case 'upvoted': {
        const [row] = await this.rows<{ upvote_count: number }[]>(
          'select upvote_count from briefing_question where id = ?',
          [notice.questionId],
        );
        if (!row) return null;
        return Object.assign(new BriefingQuestionUpvoted(), {
          briefingId,
          questionId: notice.questionId,
          upvoteCount: row.upvote_count,
        });
      }
      case 'replied':
      case 'replyHidden': {
        // The count attendees see: hidden replies are not among them.
        const [row] = await this.rows<{ count: number; hidden: boolean | null }[]>(
          `select count(*) filter (where not hidden)::int as count,
                  bool_or(hidden) filter (where id = ?) as hidden
             from briefing_reply where question_id = ?`,
          [notice.replyId, notice.questionId],
        );
        const ids = { briefingId, questionId: notice.questionId, replyId: notice.replyId, replyCount: row?.count ?? 0 };
        if (notice.kind === 'replied') return Object.assign(new BriefingQuestionReplied(), ids);
        return Object.assign(new BriefingReplyHiddenChanged(), { ...ids, hidden: row?.hidden ?? false });
      }
      case 'status': {
        const [row] = await this.rows<
          {
            status: QuestionStatus;
            pinned: boolean;
            hidden: boolean;
            dismissal_reason: string | null;
            official_answer_id: string | null;
            faq_entry_id: string | null;
          }[]
        >(
          'select status, pinned, hidden, dismissal_reason, official_answer_id, faq_entry_id from briefing_question where id = ?',
          [notice.questionId],
        );
        if (!row) return null;
        return Object.assign(new BriefingQuestionStatusChanged(), {
          briefingId,
          questionId: notice.questionId,
          status: row.status,
          pinned: row.pinned,
          hidden: row.hidden,
          // A hidden question's reason may quote it: attendees get no reason with it.
          dismissalReason: row.hidden ? null : row.dismissal_reason,
          officialAnswerId: row.official_answer_id,
          promotedToFaq: row.faq_entry_id !== null,
        });
      }
      case 'presence':
        return Object.assign(new BriefingPresenceChanged(), {
          briefingId,
          presence: await presenceCounts(em, briefingId),
        });
      case 'acknowledged':
        return Object.assign(new BriefingAcknowledgementsChanged(), {
          briefingId,
          acknowledgements: await acknowledgementCounts(em, briefingId),
        });
    }
  }
}
