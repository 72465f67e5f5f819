import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { startConcord, StartupError } from './app/bootstrap.js';
import { DEMO_PASSWORD } from './db/seed/demo.js';

const started = performance.now();
try {
  const config = loadConfig();
  const concord = await startConcord(config, { log: (line) => console.log(line) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\nConcord is running at ${concord.url}  (started in ${seconds} s)`);
  if (concord.seed) {
    console.log(`\nDemo sign-ins (password "${DEMO_PASSWORD}" for every one):`);
    for (const user of concord.seed.users) console.log(`  ${user.role.padEnd(14)} ${user.market}  ${user.email}`);
  }
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping Concord …`);
    await concord.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
} catch (error) {
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(error.message);
  } else {
    console.error('Concord could not start:', error);
  }
  process.exit(1);
}
