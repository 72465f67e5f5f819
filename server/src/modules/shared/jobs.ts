import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Work done after the request, retried until it succeeds (mail to send, …), in PostgreSQL
 * through graphile-worker: a job is a row, added in the transaction of the change that asks
 * for it, so it exists exactly when that change committed (no mail about an invitation that
 * rolled back, none lost if the process dies after the commit).
 *
 * Each feature names its tasks and their payloads by declaration merging, like bus notices:
 *
 *     declare module '../shared/jobs.js' {
 *       interface JobPayloads { 'mail.send': MailMessage }
 *     }
 *
 * and runs them in its module's `tasks` (modules/shared/module.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface JobPayloads {}

export type JobName = keyof JobPayloads;

export type JobOptions = {
  /** Tries before the job is left failed (graphile-worker backs off exponentially: ~e^n s). */
  maxAttempts?: number;
  /** A job with the same key replaces a waiting one instead of adding another. */
  key?: string;
};

/** Adds a job in `tx`'s transaction: it runs once that commits, never if it rolls back. */
export async function enqueueJob<N extends JobName>(
  tx: EntityManager,
  name: N,
  payload: JobPayloads[N],
  options: JobOptions = {},
): Promise<void> {
  await tx.execute(`select graphile_worker.add_job(?, ?::json, max_attempts => ?, job_key => ?)`, [
    name,
    JSON.stringify(payload),
    options.maxAttempts ?? 12,
    options.key ?? null,
  ]);
}
