import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Repeater } from '@repeaterjs/repeater';
import type { BusNotices, EventBus, Topic } from './bus.js';

const HEARTBEAT_MS = 20_000;

/** PostgreSQL's `timestamp` and `timestamptz`: MikroORM turns off pg's parsing of both, so raw reads get text. */
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;

/**
 * A timestamp as PostgreSQL writes it (`2026-12-05 08:36:15.123+00`), as a Date. A
 * `timestamp` without zone is UTC, as MikroORM's `forceUtcTimezone` stores it.
 */
export function parseSqlTimestamp(text: string, withZone: boolean): Date {
  const iso = text.replace(' ', 'T');
  return new Date(withZone ? iso.replace(/([+-]\d{2})$/, '$1:00') : `${iso}Z`);
}

/** What sets one kind of live channel apart: its topic, its presence table, its name in logs. */
export type LiveHubSpec<T extends Topic> = {
  topic: T;
  /**
   * The feature's presence table (id uuid, the channel column, user_id, seen_at): a
   * constant of the feature's code, never input, as it is written into the SQL.
   */
  presenceTable: string;
  channelColumn: string;
  label: string;
};

type Room<E> = { listeners: Set<(event: E) => void>; stop: () => Promise<void> };

/**
 * The live side of one kind of channel (a calibration session, a briefing) in one
 * process. For each channel with subscribers here it listens to the bus once, turns
 * each notice into the event (reading the database once) and hands the same event object
 * to every local subscriber, so a broadcast costs no query per subscriber. Subscribers
 * are present while subscribed: a row per subscription, refreshed by a heartbeat so rows
 * of a process that died go stale. Subclasses say how a notice becomes an event.
 */
export abstract class LiveHub<T extends Topic, E> {
  private readonly rooms = new Map<string, Room<E>>();
  /** This process's presence rows, refreshed by the heartbeat. */
  private readonly mine = new Set<string>();
  private readonly heartbeat: NodeJS.Timeout;
  /** Writes still under way, awaited by `close` so none races the ORM's shutdown. */
  private readonly writes = new Set<Promise<unknown>>();

  constructor(
    private readonly orm: MikroORM,
    protected readonly bus: EventBus,
    private readonly spec: LiveHubSpec<T>,
  ) {
    this.heartbeat = setInterval(() => void this.refreshPresence(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Notices with the same key are built into the same event: a waiting one needs no second build. */
  protected abstract noticeKey(notice: BusNotices[T]): string;
  /** Turns a notice into the event every viewer sees (never anything about the viewer). */
  protected abstract build(channelId: string, notice: BusNotices[T]): Promise<E | null>;
  /** Someone joined or left: announce presence (coalesced). */
  protected abstract presenceChanged(channelId: string): void;
  /** Flushes the subclass's coalesced notices at shutdown. */
  protected abstract drainNotices(): Promise<void>;

  protected em(): EntityManager {
    return this.orm.em.fork() as EntityManager;
  }

  /**
   * A raw read for an event, with every timestamp column a Date: events go straight to
   * `DateTimeISO` fields, which refuse PostgreSQL's text form. Decided by the columns'
   * SQL types, so a new timestamp in any event's query needs no conversion of its own.
   */
  protected async rows<R extends object[]>(sql: string, params: unknown[] = [], em = this.em()): Promise<R> {
    const result = (await em.getKnex().raw(sql, params as never[])) as {
      rows: Record<string, unknown>[];
      fields: { name: string; dataTypeID: number }[];
    };
    const stamps = result.fields.filter((f) => f.dataTypeID === TIMESTAMP || f.dataTypeID === TIMESTAMPTZ);
    if (stamps.length === 0) return result.rows as R;
    return result.rows.map((row) => {
      const converted = { ...row };
      for (const { name, dataTypeID } of stamps) {
        const value = row[name];
        if (typeof value === 'string') converted[name] = parseSqlTimestamp(value, dataTypeID === TIMESTAMPTZ);
      }
      return converted;
    }) as R;
  }

  /** One subscriber's stream of a channel's events; presence joins and leaves with it. */
  subscribe(channelId: string, userId: string): AsyncIterable<E> {
    const { presenceTable, channelColumn } = this.spec;
    return new Repeater<E>(async (push, stop) => {
      const room = this.room(channelId);
      const listener = (event: E) => void push(event);
      room.listeners.add(listener);
      const presenceId = randomUUID();
      this.mine.add(presenceId);
      await this.track(
        this.em().execute(
          `insert into ${presenceTable} (id, ${channelColumn}, user_id, seen_at) values (?, ?, ?, now())`,
          [presenceId, channelId, userId],
        ),
      );
      this.presenceChanged(channelId);
      await stop;
      room.listeners.delete(listener);
      this.mine.delete(presenceId);
      if (room.listeners.size === 0) {
        this.rooms.delete(channelId);
        await room.stop();
      }
      await this.track(this.em().execute(`delete from ${presenceTable} where id = ?`, [presenceId]));
      this.presenceChanged(channelId);
    });
  }

  /**
   * The channel's one bus subscription here. Notices wait in `pending` while an event is
   * being built; each build reads the current state, so a notice already waiting under
   * the same key needs no second build: under load the room skips stale rebuilds
   * instead of falling behind.
   */
  private room(channelId: string): Room<E> {
    const existing = this.rooms.get(channelId);
    if (existing) return existing;
    const listeners = new Set<(event: E) => void>();
    const iterator = this.bus.subscribe(this.spec.topic, channelId)[Symbol.asyncIterator]();
    const pending = new Map<string, BusNotices[T]>();
    let building: Promise<void> | null = null;
    const drain = async () => {
      while (pending.size > 0) {
        const [key, notice] = pending.entries().next().value as [string, BusNotices[T]];
        pending.delete(key);
        try {
          const event = await this.build(channelId, notice);
          if (event) for (const listener of listeners) listener(event);
        } catch (error) {
          console.error(`${this.spec.label} ${channelId}: could not build the event for`, notice, error);
        }
      }
      building = null;
    };
    const loop = (async () => {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        pending.set(this.noticeKey(next.value), next.value);
        building ??= drain();
      }
    })();
    const room: Room<E> = {
      listeners,
      stop: async () => {
        await iterator.return?.();
        await loop;
        await building;
      },
    };
    this.rooms.set(channelId, room);
    return room;
  }

  private async refreshPresence() {
    if (this.mine.size === 0) return;
    await this.em()
      .execute(`update ${this.spec.presenceTable} set seen_at = now() where id in (?)`, [[...this.mine]])
      .catch((error: Error) => console.error(`${this.spec.label} presence heartbeat failed:`, error.message));
  }

  private track<T>(write: Promise<T>): Promise<T> {
    this.writes.add(write);
    return write.finally(() => this.writes.delete(write));
  }

  async close() {
    clearInterval(this.heartbeat);
    await Promise.allSettled([...this.writes]);
    await this.drainNotices();
    await Promise.all([...this.rooms.values()].map((room) => room.stop()));
    this.rooms.clear();
  }
}
