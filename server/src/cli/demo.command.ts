import { createInterface } from 'node:readline/promises';
import { Presets, SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConfigError, loadConfig, type Config } from '../config.js';
import type { PasswordCost } from '../modules/identity/password.js';
import { CliError, type CliIO } from './io.js';

interface GenerateCliOptions {
  sessions: string;
  votes: string;
  seed: string;
  months: string;
  results: boolean;
}

interface ResetCliOptions {
  yes?: boolean;
  force?: boolean;
}

export type DemoCommandOptions = {
  /** scrypt cost of the reseeded demo passwords (tests pass a cheap one). */
  passwordCost?: PasswordCost;
  /** Asks a yes/no question; the default reads a terminal, and refuses without one. */
  confirm?: (question: string) => Promise<boolean>;
};

/** Asks on the terminal; without one (a script, CI) there is nobody to ask. */
async function confirmOnTerminal(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) throw new CliError('not on a terminal, so nobody can confirm: add --yes to reset anyway');
  const readline = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await readline.question(`${question} [y/N] `)).trim());
  } finally {
    readline.close();
  }
}

function configFrom(env: NodeJS.ProcessEnv): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
}

const positive = (name: string, value: string, max: number) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new CliError(`--${name} must be a whole number from 1 to ${max}`);
  return n;
};

/**
 * Registers `demo reset [--yes] [--force]`: drops and reseeds the embedded database (asks
 * first on a terminal; refuses a DATABASE_URL without --force, and a running Concord), and
 * `demo generate --sessions N --votes M`: fills DATABASE_URL, or the embedded
 * database in DATA_DIR (the running one, if `pnpm start` is up), with closed calibration
 * sessions and their votes for the analytics page, beside the demo data.
 */
export function registerDemoCommand(
  program: Command,
  io: CliIO,
  env: NodeJS.ProcessEnv = process.env,
  options: DemoCommandOptions = {},
): Command {
  const command = program.command('demo').description('demo data');
  command
    .command('reset')
    .description('drop the embedded database and seed the demo again (week 48 back to scheduled)')
    .option('-y, --yes', 'do not ask for confirmation')
    .option('--force', 'reset the database DATABASE_URL points at too (every table in it is dropped)')
    .action(async (flags: ResetCliOptions) => {
      const config = configFrom(env);
      const { redact, resetDemoDatabase, StartupError } = await import('../app/bootstrap.js');
      const { runningEmbeddedPostgres } = await import('../db/embedded.js');
      const where = config.DATABASE_URL
        ? `the database at DATABASE_URL (${redact(config.DATABASE_URL)})`
        : `the embedded database in ${config.DATA_DIR}`;
      if (config.DATABASE_URL && !flags.force)
        throw new CliError(
          `DATABASE_URL points at ${redact(config.DATABASE_URL)}, not the embedded database: demo reset drops every table there. Add --force if that is what you want.`,
        );
      if (!config.DATABASE_URL && (await runningEmbeddedPostgres(config.DATA_DIR)))
        throw new CliError(
          `Concord is running on ${config.DATA_DIR}: stop it (Ctrl-C on pnpm start) first, then reset.`,
        );
      if (
        !flags.yes &&
        !(await (options.confirm ?? confirmOnTerminal)(`Drop everything in ${where} and seed the demo again?`))
      )
        throw new CliError('not reset', 1);
      const started = performance.now();
      await resetDemoDatabase(config, {
        log: (line) => io.stderr(`${line}\n`),
        passwordCost: options.passwordCost,
      }).catch((error: unknown) => {
        if (error instanceof StartupError) throw new CliError(error.message, 1);
        throw error;
      });
      io.stdout(`Reset ${where} to the demo data in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    });
  command
    .command('generate')
    .description('add closed calibration sessions with realistic votes (for analytics and benchmarks)')
    .option('--sessions <n>', 'closed sessions to add', '1000')
    .option('--votes <n>', 'votes in all, spread over the sessions', '100000')
    .option('--seed <n>', 'the same seed draws the same votes', '8')
    .option('--months <n>', 'sessions close over this many months up to now', '12')
    .option('--no-results', 'skip storing each session result (faster; the session pages then show none)')
    .action(async (options: GenerateCliOptions) => {
      const sessions = positive('sessions', options.sessions, 1_000_000);
      const votes = positive('votes', options.votes, 100_000_000);
      const seed = positive('seed', options.seed, 2 ** 31 - 1);
      const months = positive('months', options.months, 120);
      await import('reflect-metadata');
      const { openDatabase, StartupError } = await import('../app/bootstrap.js');
      const { generateDemoAnalytics } = await import('../modules/analytics/demo-generator.js');
      const config = configFrom(env);
      const db = await openDatabase(config, { log: (line) => io.stderr(`${line}\n`), useRunningEmbedded: true }).catch(
        (error: unknown) => {
          if (error instanceof StartupError) throw new CliError(error.message, 1);
          throw error;
        },
      );
      const bar = new SingleBar(
        {
          format: 'generating |{bar}| {value}/{total} sessions, {eta}s left',
          stream: process.stderr,
          hideCursor: true,
        },
        Presets.shades_classic,
      );
      const started = performance.now();
      try {
        bar.start(sessions, 0);
        const report = await generateDemoAnalytics(db.orm.em.fork() as EntityManager, {
          sessions,
          votes,
          seed,
          months,
          results: options.results,
          onProgress: (done) => bar.update(done),
        });
        bar.stop();
        const seconds = (performance.now() - started) / 1000;
        io.stdout(
          `Generated ${report.sessions} closed sessions, ${report.items} items and ${report.votes} votes ` +
            `from ${report.voters} new voters in ${seconds.toFixed(1)} s\n`,
        );
      } catch (error) {
        bar.stop();
        if (error instanceof Error && /needs the demo/.test(error.message)) throw new CliError(error.message);
        throw error;
      } finally {
        await db.close();
      }
    });
  return command;
}
