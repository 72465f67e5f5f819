// `pnpm test`: every check and suite, in lanes that run side by side.
//
// Run one after another they took 10–12 minutes on the project's 2-core machines, most of
// it waiting: the e2e suite drives one browser against one server and leaves a core idle,
// lint and the integration tests are mostly single-threaded. Lanes overlap them; each
// lane's steps still run in order, and a step that writes files others read (the code
// generator, the builds) finishes before any lane starts.
//
// Every step's output goes to a log and is printed whole when the step ends, so the log
// reads step by step. Exits 1 when any step fails (every step still runs, so one run
// shows every failure).
import { spawn } from 'node:child_process';
import { mkdtempSync, createWriteStream, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const logs = mkdtempSync(path.join(tmpdir(), 'concord-test-'));

/** The code generator and the server build write files that lint, types and tests read: first. */
const first = [{ name: 'generated files', cmd: 'pnpm -s codegen:check' }];

/**
 * Lanes run side by side; the steps of a lane run in order. The e2e lane is the longest
 * and the one whose waits can time out, so the others run at a lower priority (`background`,
 * a nice value) and take the CPU it leaves; the integration lane, the next longest, before
 * the checks. (All at 19, e2e took 439 s and the integration lane 600 s, starved.)
 *
 * The format and type checks follow e2e in its lane: behind lint they started last (at
 * 516–595 s of runs of 561–640 s; 45–54 s to the end), when the e2e lane had been idle for
 * 124–144 s (four CI runs with the checks behind lint).
 */
const lanes = [
  [
    { name: 'client build', cmd: 'pnpm -s --filter @concord/client run build' },
    { name: 'e2e', cmd: 'node scripts/ensure-chromium.mjs && pnpm -s --filter @concord/e2e run test' },
    { name: 'format', background: 19, cmd: 'pnpm -s format:check' },
    { name: 'types', background: 19, cmd: 'pnpm -s typecheck' },
  ],
  [
    { name: 'integration', background: 10, cmd: 'pnpm -s test:integration' },
    { name: 'server unit', background: 10, cmd: 'pnpm -s --filter @concord/server run test:unit' },
    { name: 'client unit', background: 10, cmd: 'pnpm -s --filter @concord/client run test' },
  ],
  [{ name: 'lint', background: 19, cmd: 'pnpm -s lint' }],
];

/**
 * Each step runs in a session of its own (detached), and Linux's autogroup scheduling (on
 * by default on desktops and on this project's CI machines) shares the CPU fairly between
 * sessions: a `nice` inside a session then only ranks its own processes, and did nothing
 * here (e2e took 580 s beside the lanes at nice 19, 360 s alone). A session's autogroup has
 * a nice value of its own; where there is no autogroup, plain nice does the job.
 */
const lowerPriority = (nice) =>
  `{ echo ${nice} > /proc/self/autogroup; } 2>/dev/null; renice -n ${nice} $$ >/dev/null 2>&1\n`;

const children = new Set();
const results = [];
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;

function run(step) {
  const log = path.join(logs, `${step.name.replace(/\W+/g, '-')}.log`);
  const out = createWriteStream(log);
  const t0 = Date.now();
  console.log(`== ${step.name}: started at ${seconds(t0 - started)}`);
  return new Promise((resolve) => {
    // detached: the step gets its own process group, so an interrupt can end all of it.
    // bash's `times` reports the CPU its children used (every process the step waited for).
    const script = `${step.background ? lowerPriority(step.background) : ''}${step.cmd}\nrc=$?\ntimes > >(sed -n '2s/^/__cpu__ /p' >&2)\nexit $rc`;
    const child = spawn('bash', ['-c', script], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('close', (code, signal) => {
      children.delete(child);
      out.end(() => {
        const ok = code === 0;
        const took = Date.now() - t0;
        const text = readFileSync(log, 'utf8');
        const cpu = cpuSeconds(text);
        results.push({ name: step.name, ok, took, cpu });
        console.log(
          `\n== ${step.name}: ${ok ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`} in ${seconds(took)} (CPU ${cpu.toFixed(0)} s)`,
        );
        process.stdout.write(text.replace(/^__cpu__.*\n?/m, ''));
        resolve(ok);
      });
    });
  });
}

/** User + system seconds of a step's children, from the `times` line the step's shell printed. */
function cpuSeconds(text) {
  const line = /^__cpu__ (.*)$/m.exec(text)?.[1] ?? '';
  return [...line.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);
}

async function lane(steps) {
  for (const step of steps) await run(step);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    for (const child of children) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    }
    process.exit(130);
  });
}

for (const step of first) await run(step);
await Promise.all(lanes.map(lane));

const failed = results.filter((r) => !r.ok);
console.log(`\n== steps (wall ${seconds(Date.now() - started)}):`);
for (const r of results)
  console.log(`   ${r.ok ? 'ok    ' : 'FAILED'} ${r.name} (${seconds(r.took)}, CPU ${r.cpu.toFixed(0)} s)`);
console.log(`   CPU in all: ${results.reduce((sum, r) => sum + r.cpu, 0).toFixed(0)} s`);
console.log(`suites: ${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
