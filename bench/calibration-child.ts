// Server processes for calibration.bench.ts: forked with an IPC channel, each in its own
// process group (so an embedded PostgreSQL it started goes with it), and always killed
// when the bench exits, however it exits.
import { type ChildProcess, fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createInterface } from 'node:readline';

export type ServerStats = {
  rss: number;
  heapUsed: number;
  external: number;
  cpuMs: number;
  trace?: Record<string, any>;
};

export type ServerChild = {
  name: string;
  /** The first `{ type: 'ready', ... }` message the child sends. */
  ready: Promise<Record<string, unknown>>;
  /**
   * RSS and heap (after a forced GC) and CPU time used so far, measured in the child;
   * `trace` starts its tracing after measuring, or stops it and returns what it traced.
   */
  stats: (trace?: 'start' | 'stop') => Promise<ServerStats>;
  /** How much work the server still has queued from the votes (Concord: notices not yet built). */
  pending: () => Promise<number>;
  /** Has the server send one event to every subscriber; how long it took (child-ipc.mjs). */
  broadcast: () => Promise<{ fanoutMs: number; buildMs?: number }>;
  /** Asks the child to stop cleanly; kills its process group if it has not exited in time. */
  stop: () => Promise<void>;
};

const live = new Set<ChildProcess>();
const tempDirs = new Set<string>();

/** Kills a child's whole process group (the child and e.g. its PostgreSQL), if still there. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Synchronous, so it also runs from process.on('exit'). */
export function killAll() {
  for (const child of live) killGroup(child, 'SIGKILL');
  live.clear();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

/**
 * SIGTERM to every child's group (a Concord child then stops its server and database;
 * PostgreSQL shuts down), then, after `graceMs`, SIGKILL to whatever is left.
 */
export async function terminateAll(graceMs = 10_000) {
  for (const child of live) killGroup(child, 'SIGTERM');
  const until = Date.now() + graceMs;
  while (Date.now() < until && [...live].some((child) => child.pid !== undefined && groupAlive(child.pid))) {
    await sleep(100);
  }
  killAll();
}

/** A directory removed when the bench exits (after the children are gone). */
export function removeOnExit(dir: string) {
  tempDirs.add(dir);
}

process.on('exit', killAll);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function startServerChild(name: string, script: URL, args: string[], execArgv: string[] = []): ServerChild {
  const child = fork(script, args, {
    execArgv: ['--expose-gc', ...execArgv],
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    detached: true, // its own process group: killGroup reaches what it spawned
  });
  live.add(child);
  // An IPC write to a child that just died must not take the bench down with it.
  child.on('error', (error) => console.error(`${name}: ${error.message}`));
  // The server's own complaints, one line each, cut short (one can carry 1,000 ids).
  createInterface({ input: child.stderr! }).on('line', (line) => {
    console.error(`[${name}] ${line.length > 300 ? `${line.slice(0, 300)}… (${line.length} characters)` : line}`);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<Record<string, unknown>>((resolve, reject) => {
    const onMessage = (message: any) => {
      if (message?.type !== 'ready') return;
      child.off('message', onMessage);
      resolve(message as Record<string, unknown>);
    };
    child.on('message', onMessage);
    void exited.then((code) =>
      reject(new Error(`${name}: the server process exited (code ${code}) before it was ready`)),
    );
  });
  ready.catch(() => {}); // reported to whoever awaits it

  /** Sends `{ type, ...fields }` and resolves with the child's answer of the same type. */
  const ask = <T>(type: string, fields: Record<string, unknown> = {}) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (message: any) => {
        if (message?.type !== type) return;
        child.off('message', onMessage);
        resolve(message as T);
      };
      child.on('message', onMessage);
      void exited.then((code) => reject(new Error(`${name}: the server process exited (code ${code})`)));
      if (!child.connected) reject(new Error(`${name}: the server process is gone`));
      else child.send({ type, ...fields });
    });
  const stats = (trace?: 'start' | 'stop') => ask<ServerStats>('stats', { trace });
  const pending = async () => (await ask<{ pending: number }>('pending')).pending;
  const broadcast = () => ask<{ fanoutMs: number; buildMs?: number }>('broadcast');

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      if (child.connected) child.send({ type: 'stop' });
      const done = await Promise.race([exited.then(() => true), sleep(20_000).then(() => false)]);
      if (!done) {
        console.error(`${name}: did not stop within 20 s; killing it`);
        killGroup(child, 'SIGTERM');
        await Promise.race([exited, sleep(5_000)]);
      }
    }
    // Whatever it left behind in its group (it should be nothing) goes too.
    if (child.pid !== undefined && groupAlive(child.pid)) {
      await sleep(500);
      if (groupAlive(child.pid)) killGroup(child, 'SIGKILL');
    }
    live.delete(child);
  };

  return { name, ready, stats, pending, broadcast, stop };
}
