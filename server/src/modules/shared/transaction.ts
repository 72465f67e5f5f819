import { DeadlockException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Tries of a transaction that PostgreSQL ended as a deadlock victim or a serialization failure. */
const TRIES = 4;

/**
 * `em.transactional`, run again when PostgreSQL chose it as a deadlock victim (40P01) or
 * could not serialize it (40001): the whole transaction is safe to repeat, and PostgreSQL's
 * guidance is to retry it rather than report it (MikroORM maps both to DeadlockException).
 * Never a 500 for a race the database resolved; a short jittered pause lets the winner
 * commit first. Work must not have side effects outside the transaction.
 */
export async function retryingTransaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await em.transactional(work);
    } catch (error) {
      if (!(error instanceof DeadlockException) || attempt >= TRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}

/** Advisory-lock class of calibration sessions (the first key of pg_advisory_xact_lock). */
const SESSION_GATE = 7_101;

/**
 * A session's gate: votes hold it shared, lifecycle changes (start, open, reveal, close)
 * alone, for the rest of the transaction. It is a heavyweight lock, whose queue is fair:
 * a new sharer waits behind a waiting exclusive request. Row locks are not: with votes
 * taking the session row FOR SHARE, a close's FOR UPDATE waited while new votes kept
 * joining the share (18–190 s under 17 voters).
 */
export async function lockSessionGate(tx: EntityManager, sessionId: string, mode: 'shared' | 'exclusive') {
  const fn = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
  await tx.execute(`select ${fn}(?, hashtext(?))`, [SESSION_GATE, sessionId]);
}
