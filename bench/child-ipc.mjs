// @ts-check
// What both server processes of calibration.bench.ts answer over IPC:
//   { type: 'stats', trace?: 'start' | 'stop' } → { type: 'stats', rss, heapUsed, cpuMs, trace? }
// memory after a forced GC (run with --expose-gc) and CPU time so far. `trace: 'start'`
// resets the event-loop delay histogram and the caller's trace; `trace: 'stop'` returns
// them (the delay in ms: how late timers and I/O callbacks ran while the votes went on).
//   { type: 'pending' } → { type: 'pending', pending }: work the server still has queued.
//   { type: 'broadcast' } → { type: 'broadcast', fanoutMs, buildMs? }: sends one event to
//     every subscriber and measures how long, from the event in hand, until every
//     subscriber's message is written (graphql-ws executes, serialises and sends each in
//     microtasks, so the next setImmediate runs after the last one).
//   { type: 'stop' } calls `stop(true)`; SIGTERM or the parent going away, `stop(false)`.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import process from 'node:process';

/** Epoch milliseconds with sub-millisecond resolution, comparable between processes. */
export const now = () => performance.timeOrigin + performance.now();

export const send = (/** @type {unknown} */ message) => process.send?.(message);

/**
 * @typedef {object} Hooks
 * @property {(orderly: boolean) => Promise<void>} stop
 * @property {() => void} [startTrace]
 * @property {() => unknown} [stopTrace]
 * @property {() => number} [pending]
 * @property {() => Promise<{ buildMs?: number, fanoutMs: number }>} [broadcast]
 */
/** @param {Hooks} hooks */
export function answerParent(hooks) {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  process.on('message', (/** @type {any} */ message) => {
    if (message?.type === 'stats') {
      /** @type {Record<string, unknown> | undefined} */
      let trace;
      if (message.trace === 'stop') {
        delay.disable();
        const ms = (/** @type {number} */ ns) => ns / 1e6;
        trace = {
          loopDelay: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) },
          .../** @type {object} */ (hooks.stopTrace?.() ?? {}),
        };
      }
      globalThis.gc?.();
      const memory = process.memoryUsage();
      const cpu = process.cpuUsage();
      send({
        type: 'stats',
        rss: memory.rss,
        heapUsed: memory.heapUsed,
        external: memory.external,
        cpuMs: (cpu.user + cpu.system) / 1000,
        trace,
      });
      if (message.trace === 'start') {
        delay.reset();
        delay.enable();
        hooks.startTrace?.();
      }
    } else if (message?.type === 'broadcast') {
      void hooks.broadcast?.().then((result) => send({ type: 'broadcast', ...result }));
    } else if (message?.type === 'pending') {
      send({ type: 'pending', pending: hooks.pending?.() ?? 0 });
    } else if (message?.type === 'stop') {
      void hooks.stop(true);
    }
  });
  // Not asked politely: stop at once, without waiting for anything to settle.
  process.once('SIGTERM', () => void hooks.stop(false));
  process.once('disconnect', () => void hooks.stop(false));
}
