import { Presets, SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConfigError, loadConfig } from '../config.js';
import { CliError, type CliIO } from './io.js';

interface GenerateCliOptions {
  sessions: string;
  votes: string;
  seed: string;
  months: string;
  results: boolean;
}

const positive = (name: string, value: string, max: number) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new CliError(`--${name} must be a whole number from 1 to ${max}`);
  return n;
};

/**
 * Registers `demo generate --sessions N --votes M`: fills DATABASE_URL, or the embedded
 * database in DATA_DIR (the running one, if `pnpm start` is up), with closed calibration
 * sessions and their votes for the analytics page, beside the demo data.
 */
export function registerDemoCommand(program: Command, io: CliIO, env: NodeJS.ProcessEnv = process.env): Command {
  const command = program.command('demo').description('demo data');
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
      let config;
      try {
        config = loadConfig(env);
      } catch (error) {
        if (error instanceof ConfigError) throw new CliError(error.message);
        throw error;
      }
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
