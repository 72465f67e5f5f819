import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { BusNotices, EventBus } from '../shared/bus.js';
import { LiveHub } from '../shared/live-hub.js';
import { Coalescer } from '../shared/coalescer.js';
import { ItemState, SessionMode } from './calibration.enums.js';
import { buildTally, revealedVotes } from './votes.js';
import {
  GoldChanged,
  ItemOpened,
  ItemRevealed,
  MarketPresence,
  PresenceChanged,
  PresentUser,
  SessionClosed,
  SessionStarted,
  TallyUpdated,
  type SessionEventValue,
} from './calibration.types.js';

declare module '../shared/bus.js' {
  /** What a calibration session's channel carries. */
  interface BusNotices {
    session:
      | { kind: 'presence' }
      | { kind: 'started' }
      | { kind: 'item'; itemId: string }
      | { kind: 'tally'; itemId: string }
      | { kind: 'revealed'; itemId: string }
      | { kind: 'closed' }
      | { kind: 'gold'; itemId: string; resultVersion: number };
  }
}

type Notice = BusNotices['session'];

/** Tally notices per item wait at most this long, so N votes make one message. */
export const TALLY_WINDOW_MS = 50;
/** Presence is announced at most this often per session while people join or leave. */
const PRESENCE_WINDOW_MS = 250;
/** A presence row not refreshed for this long belongs to a process that is gone. */
const PRESENCE_TTL_MS = 60_000;
/** The presence event names at most this many people (and counts everyone by market). */
const PRESENCE_LIST_LIMIT = 100;

/**
 * The live side of calibration in one process. For each session with subscribers here,
 * it listens to the bus once, turns each notice into the event (reading the database
 * once), and hands the same event object to every local subscriber: the cost of a
 * broadcast does not grow with queries per subscriber. Votes reach it as coalesced
 * tally notices (`tallies`), presence changes as coalesced presence notices.
 */
export class SessionHub extends LiveHub<'session', SessionEventValue> {
  readonly tallies: Coalescer<{ sessionId: string; itemId: string }>;
  private readonly presence: Coalescer<string>;

  constructor(orm: MikroORM, bus: EventBus) {
    super(orm, bus, {
      topic: 'session',
      presenceTable: 'session_presence',
      channelColumn: 'session_id',
      label: 'session',
    });
    this.tallies = new Coalescer(
      TALLY_WINDOW_MS,
      ({ sessionId, itemId }) => bus.publish('session', sessionId, { kind: 'tally', itemId }),
      ({ sessionId, itemId }) => `${sessionId}:${itemId}`,
    );
    this.presence = new Coalescer(PRESENCE_WINDOW_MS, (sessionId) =>
      bus.publish('session', sessionId, { kind: 'presence' }),
    );
  }

  protected noticeKey(notice: Notice): string {
    return `${notice.kind}:${'itemId' in notice ? notice.itemId : ''}`;
  }

  protected presenceChanged(sessionId: string): void {
    this.presence.touch(sessionId);
  }

  protected async drainNotices(): Promise<void> {
    await this.tallies.drain();
    await this.presence.drain();
  }

  /** Turns a notice into the event every viewer sees (never "my vote" inside it). */
  protected async build(sessionId: string, notice: Notice): Promise<SessionEventValue | null> {
    const em = this.em();
    switch (notice.kind) {
      case 'presence':
        return this.presenceEvent(em, sessionId);
      case 'started': {
        const [row] = await this.rows<{ started_at: Date }[]>(
          'select started_at from calibration_session where id = ?',
          [sessionId],
        );
        return Object.assign(new SessionStarted(), { sessionId, startedAt: row!.started_at });
      }
      case 'item': {
        const [row] = await this.rows<{ position: number }[]>('select position from calibration_item where id = ?', [
          notice.itemId,
        ]);
        return Object.assign(new ItemOpened(), { sessionId, itemId: notice.itemId, position: row!.position });
      }
      case 'tally': {
        const [row] = await this.rows<{ mode: SessionMode; state: ItemState }[]>(
          'select s.mode, i.state from calibration_item i join calibration_session s on s.id = i.session_id where i.id = ?',
          [notice.itemId],
        );
        const open = row!.mode === SessionMode.OPEN || row!.state === ItemState.REVEALED;
        return Object.assign(new TallyUpdated(), {
          sessionId,
          tally: await buildTally(em, notice.itemId, sessionId, open),
        });
      }
      case 'revealed': {
        const [[row], tally, votes] = await Promise.all([
          this.rows<{ gold_label: string | null }[]>('select gold_label from calibration_item where id = ?', [
            notice.itemId,
          ]),
          buildTally(em, notice.itemId, sessionId, true),
          revealedVotes(em, notice.itemId, null),
        ]);
        return Object.assign(new ItemRevealed(), {
          sessionId,
          itemId: notice.itemId,
          tally,
          gold: row!.gold_label,
          votes,
        });
      }
      case 'closed': {
        const [row] = await this.rows<{ closed_at: Date; version: number }[]>(
          `select s.closed_at, coalesce(max(r.version), 0)::int as version
             from calibration_session s left join session_result r on r.session_id = s.id
            where s.id = ? group by s.closed_at`,
          [sessionId],
        );
        return Object.assign(new SessionClosed(), { sessionId, closedAt: row!.closed_at, resultVersion: row!.version });
      }
      case 'gold': {
        const [row] = await this.rows<{ gold_label: string }[]>(
          'select gold_label from calibration_item where id = ?',
          [notice.itemId],
        );
        return Object.assign(new GoldChanged(), {
          sessionId,
          itemId: notice.itemId,
          newGold: row!.gold_label,
          resultVersion: notice.resultVersion,
        });
      }
    }
  }

  private async presenceEvent(em: EntityManager, sessionId: string): Promise<PresenceChanged> {
    const rows = await this.rows<
      { user_id: string; name: string; market: string; participant: boolean; vendor_id: string | null }[]
    >(
      `select distinct on (u.id) u.id as user_id, u.name, m.code as market, (p.id is not null) as participant,
              t.vendor_id
         from session_presence sp
         join app_user u on u.id = sp.user_id
         left join team t on t.id = u.team_id
         join market m on m.id = u.market_id
         left join calibration_participant p on p.session_id = sp.session_id and p.user_id = sp.user_id
        where sp.session_id = ? and sp.seen_at > now() - make_interval(secs => ?)
        order by u.id`,
      [sessionId, PRESENCE_TTL_MS / 1000],
    );
    const byMarket = new Map<string, number>();
    for (const r of rows) byMarket.set(r.market, (byMarket.get(r.market) ?? 0) + 1);
    const sorted = rows.sort((a, b) => a.market.localeCompare(b.market) || a.name.localeCompare(b.name));
    return Object.assign(new PresenceChanged(), {
      sessionId,
      total: rows.length,
      markets: [...byMarket]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([market, count]) => Object.assign(new MarketPresence(), { market, count })),
      // The same event goes to every viewer, vendors included: it names platform staff
      // only; a vendor's people are counted by market.
      present: sorted
        .filter((r) => r.vendor_id === null)
        .slice(0, PRESENCE_LIST_LIMIT)
        .map((r) =>
          Object.assign(new PresentUser(), {
            userId: r.user_id,
            name: r.name,
            market: r.market,
            participant: r.participant,
          }),
        ),
    });
  }
}
