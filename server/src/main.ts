import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { startConcord, StartupError } from './app/bootstrap.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ownShutdownSignals } from './db/embedded.js';
import { DEMO_PASSWORD } from './db/seed/demo.js';
import { demoSignIns, formatDemoSignIns } from './db/seed/demo-sign-ins.js';

const started = performance.now();
try {
  const config = loadConfig();
  const concord = await startConcord(config, { log: (line) => console.log(line) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\nConcord is running at ${concord.url}  (started in ${seconds} s)`);
  if (concord.seed) {
    const signIns = await demoSignIns(concord.deps.orm.em.fork() as EntityManager);
    console.log(`\nDemo sign-ins (password "${DEMO_PASSWORD}" for every one):`);
    for (const line of formatDemoSignIns(signIns)) console.log(line);
  }
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping Concord …`);
    await concord.stop();
    process.exit(0);
  };
  // SIGHUP too (a closed terminal): its default would end node and leave PostgreSQL running.
  ownShutdownSignals();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal));
} catch (error) {
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(error.message);
  } else {
    console.error('Concord could not start:', error);
  }
  process.exit(1);
}
