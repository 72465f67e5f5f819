import { performance } from 'node:perf_hooks';
import type { Command } from 'commander';
import type { EntityManager } from '@mikro-orm/postgresql';
import { openCliDatabase } from './database.js';
import { CliError, type CliIO } from './io.js';

const HELP = `
Draws the day's audit tasks of a sampling plan, exactly as the runSamplingPlan mutation
does: the same plan, day and seed always draw the same cases, and a day is drawn once.
The database: DATABASE_URL, or else the embedded one in DATA_DIR (the running one, if
\`pnpm start\` is up).
Exit codes: 0 drawn; 2 bad usage or input (no such plan, not a date, a future day);
3 refused (the day is already sampled, or the plan is paused), nothing changed;
1 database unreachable or another failure.
`;

/** Exit code of a refusal the user can understand but not fix by retyping: the state of the plan. */
export const EXIT_REFUSED = 3;

interface SampleOptions {
  plan: string;
  date: string;
}

/** Registers `audits sample --plan ID --date YYYY-MM-DD`. */
export function registerAuditsCommand(program: Command, io: CliIO, env: NodeJS.ProcessEnv = process.env): Command {
  const command = program.command('audits').description('daily audits');
  command
    .command('sample')
    .description("draw a sampling plan's audit tasks for one day (UTC)")
    .requiredOption('--plan <id>', 'the sampling plan id')
    .requiredOption('--date <day>', 'the day whose decisions to sample, YYYY-MM-DD (UTC)')
    .addHelpText('after', HELP)
    .action(async (options: SampleOptions) => {
      await sample(options, io, env);
    });
  return command;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function sample(options: SampleOptions, io: CliIO, env: NodeJS.ProcessEnv) {
  // The server's modules load only when this command runs, so other commands start fast.
  await import('reflect-metadata');
  const { DomainError } = await import('../app/errors.js');
  const { isDay } = await import('../modules/audit/days.js');
  const { assertRunnable } = await import('../modules/audit/sampling-plan.service.js');
  const { drawDay } = await import('../modules/audit/sampling.js');
  const { SamplingPlan } = await import('../modules/audit/sampling-plan.entity.js');
  if (!UUID.test(options.plan)) throw new CliError(`--plan must be a plan id (a UUID), not "${options.plan}"`);
  if (!isDay(options.date)) throw new CliError(`--date must be a day, YYYY-MM-DD, not "${options.date}"`);
  const { db } = await openCliDatabase(io, env);
  try {
    const em = db.orm.em.fork() as EntityManager;
    const plan = await em.findOne(SamplingPlan, options.plan);
    if (!plan) throw new CliError(`there is no sampling plan ${options.plan}`);
    const started = performance.now();
    io.stderr(`Sampling plan "${plan.name}" for ${options.date} …\n`);
    assertRunnable(plan, options.date);
    const run = await drawDay(em, plan, options.date, null, (step, figures) => {
      if (step === 'counted') io.stderr(`${figures.candidates} cases in scope were decided that day; drawing …\n`);
    });
    const seconds = (performance.now() - started) / 1000;
    io.stdout(
      `Drew ${run.drawn} audit task${run.drawn === 1 ? '' : 's'} from ${run.candidates} cases for ${options.date} in ${seconds.toFixed(2)} s (run ${run.id}).\n`,
    );
  } catch (error) {
    if (error instanceof DomainError) {
      throw new CliError(error.message, error.code === 'BAD_USER_INPUT' ? 2 : EXIT_REFUSED);
    }
    throw error;
  } finally {
    await db.close();
  }
}
