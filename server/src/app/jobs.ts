import { Logger, type Runner, run, runMigrations, type TaskList } from 'graphile-worker';
import pg from 'pg';
import type { JobTasks } from '../modules/shared/module.js';

/** graphile-worker's own schema (`graphile_worker`), made or brought up to date; idempotent. */
export async function migrateJobs(url: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  // The migration's own query reports a failure; these only keep a dropped connection's
  // error event (idle, or checked out) from ending the process, as graphile-worker asks.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  try {
    await runMigrations({ pgPool: pool, logger: quietLogger });
  } finally {
    await pool.end();
  }
}

/**
 * Runs the modules' jobs in this process: picked up at once (LISTEN/NOTIFY), retried with
 * graphile-worker's exponential back-off, at most `concurrency` at a time. Any number of
 * processes may run it on one database: a job is locked by the one that takes it. The
 * server owns the signals (main.ts), so the runner installs none.
 */
export async function startJobs(
  url: string,
  tasks: JobTasks,
  { concurrency = 4, log = (_line: string) => {} }: { concurrency?: number; log?: (line: string) => void } = {},
): Promise<{ stop: () => Promise<void> }> {
  const pool = new pg.Pool({ connectionString: url, max: concurrency + 2 });
  // An idle client's error (the database restarting, a dropped connection) would otherwise
  // be an unhandled 'error' event that ends the process; the pool replaces the client.
  pool.on('error', (error) => log(`jobs: a database connection failed: ${error.message}`));
  // A checked-out client's error is raised again by its next query; without a listener the
  // event itself would end the process (graphile-worker warns of exactly this).
  pool.on('connect', (client) => client.on('error', (error) => log(`jobs: a connection failed: ${error.message}`)));
  const taskList: TaskList = {};
  for (const [name, task] of Object.entries(tasks)) {
    taskList[name] = async (payload) => {
      await (task as (payload: unknown) => Promise<void>)(payload);
    };
  }
  let runner: Runner;
  try {
    runner = await run({
      pgPool: pool,
      taskList,
      concurrency,
      noHandleSignals: true,
      pollInterval: 1000,
      logger: loggerOf(log),
    });
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    stop: async () => {
      await runner.stop();
      await pool.end();
    },
  };
}

/** Only warnings and errors, through the server's log (a failed try is a warning, retried). */
function loggerOf(log: (line: string) => void) {
  return new Logger(() => (level, message) => {
    if (String(level) === 'error' || String(level) === 'warning') log(`jobs: ${message}`);
  });
}

const quietLogger = loggerOf(() => {});
