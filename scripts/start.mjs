#!/usr/bin/env node
// `pnpm start`: builds what changed since the last build, then runs the server as a child
// that gets every SIGINT, SIGTERM and SIGHUP sent to this process (or SIGTERM when the
// pnpm wrapper above is killed), and exits with its code. `--no-build` skips the build.
// Without the forwarding, killing the wrapper left the server (and its embedded
// PostgreSQL) running; without the stamps, every start rebuilt server and client (30+ s).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = '.build-stamp';

/** What each build reads, and where it writes (the stamp lives there, so a cleaned dist rebuilds). */
const TARGETS = [
  {
    name: '@concord/server',
    dist: 'server/dist',
    entry: 'main.js',
    inputs: ['server/src', 'server/.swcrc', 'server/package.json', 'pnpm-lock.yaml'],
  },
  {
    name: '@concord/client',
    dist: 'client/dist',
    entry: 'index.html',
    inputs: [
      'client/src',
      'client/public',
      'client/index.html',
      'client/vite.config.ts',
      'client/package.json',
      'pnpm-lock.yaml',
    ],
  },
];

/** Every file under `inputs`, with its size and modification time, hashed: a change anywhere changes it. */
function fingerprint(inputs) {
  const hash = createHash('sha256');
  const visit = (relative) => {
    const full = path.join(root, relative);
    if (!existsSync(full)) return;
    const stat = statSync(full);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(full).sort()) visit(path.join(relative, entry));
    } else {
      hash.update(`${relative}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  inputs.forEach(visit);
  return hash.digest('hex');
}

function buildIfChanged({ name, dist, entry, inputs }) {
  const stamp = path.join(root, dist, STAMP);
  const current = fingerprint(inputs);
  const built = existsSync(stamp) && existsSync(path.join(root, dist, entry)) ? readFileSync(stamp, 'utf8') : null;
  if (built === current) {
    console.log(`${name}: up to date, not rebuilt`);
    return;
  }
  const started = performance.now();
  const result = spawnSync('pnpm', ['-s', '--filter', name, 'run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, current);
  console.log(`${name}: built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (!process.argv.includes('--no-build')) TARGETS.forEach(buildIfChanged);

const server = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal));
}
// pnpm does not pass signals on to its script: killed, it leaves this process orphaned
// (re-parented) and running. A new parent means the wrapper is gone: stop the server too.
const parent = process.ppid;
const orphaned = setInterval(() => {
  if (process.ppid === parent) return;
  clearInterval(orphaned);
  server.kill('SIGTERM');
}, 500);
server.on('exit', (code, signal) => {
  clearInterval(orphaned);
  process.exit(code ?? 128 + (constants.signals[signal] ?? 1));
});
