import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..');
const serverMain = path.join(repoRoot, 'server', 'dist', 'main.js');
/** The built `concord` command line (`pnpm -s concord` runs the same file). */
export const cliMain = path.join(repoRoot, 'server', 'dist', 'cli', 'main.js');
const clientIndex = path.join(repoRoot, 'client', 'dist', 'index.html');
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 20_000;

/** A port the OS says is free now; the server binds it a moment later. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`The Concord server exited with code ${server.exitCode} before it was ready:\n${log()}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The Concord server was not ready at ${url} after ${READY_TIMEOUT_MS / 1000} s:\n${log()}`);
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  // SIGTERM lets the server stop its embedded PostgreSQL; SIGKILL only if it hangs.
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

export type ConcordProcess = { baseURL: string; dataDir: string; env: NodeJS.ProcessEnv; stop: () => Promise<void> };

/**
 * Starts the built server on `port` (a free one unless given) with a fresh data directory
 * and its embedded database, waits for /readyz, and returns how to reach and stop it.
 * `env` is added to the runner's environment (DATABASE_URL is always dropped).
 */
export async function startConcord(
  env: NodeJS.ProcessEnv,
  { port, onStopped }: { port?: number; onStopped?: () => Promise<void> } = {},
): Promise<ConcordProcess> {
  for (const [file, what] of [
    [serverMain, 'server'],
    [clientIndex, 'client'],
  ] as const) {
    if (!existsSync(file))
      throw new Error(`The ${what} is not built (${file} is missing): run \`pnpm -s build\` first.`);
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'concord-e2e-'));
  const listenOn = port ?? (await freePort());
  const baseURL = `http://127.0.0.1:${listenOn}`;
  // The suite runs beside the other test lanes on a 2-core machine: what it checks is the
  // pages, not how busy the machine is, so a request gets 60 s, not the product's 10 s (the
  // RCA board's trend queries went past 10 s in a CI run with every lane busy).
  const fullEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(listenOn),
    HOST: '127.0.0.1',
    REQUEST_DEADLINE_MS: process.env['REQUEST_DEADLINE_MS'] ?? '60000',
    PUBLIC_URL: baseURL,
    ...env,
  };
  delete fullEnv['DATABASE_URL']; // always the embedded database, fresh for this run

  const server = spawn(process.execPath, [serverMain], {
    cwd: repoRoot,
    env: fullEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
    if (process.env['CONCORD_E2E_SERVER_LOG']) process.stderr.write(chunk);
  };
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  const stopAll = async () => {
    await stop(server);
    await onStopped?.();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(`${baseURL}/readyz`, server, () => output);
  } catch (error) {
    await stopAll();
    throw error;
  }
  return { baseURL, dataDir, env: fullEnv, stop: stopAll };
}
