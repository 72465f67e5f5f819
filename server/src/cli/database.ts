import { ConfigError, loadConfig } from '../config.js';
import { CliError, type CliIO } from './io.js';

/**
 * The configuration and database a command works on: DATABASE_URL, or else the embedded
 * one in DATA_DIR (the running one, if `pnpm start` is up). A bad setting is a usage error
 * (exit 2); an unreachable database exits 1.
 */
export async function openCliDatabase(io: CliIO, env: NodeJS.ProcessEnv) {
  const { openDatabase, StartupError } = await import('../app/bootstrap.js');
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
  return { config, db };
}
