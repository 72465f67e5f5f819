// The e2e suite drives Debian's Chromium (Playwright's own browser download does not work
// on our machines). Installs it with apt-get when it is missing and we can; otherwise
// says how, and fails, rather than letting every test fail on a missing browser.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const root = typeof process.getuid === 'function' && process.getuid() === 0;
const hasSudo = (() => {
  try {
    execSync('sudo -n true', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const aptGet = (() => {
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

if (aptGet && (root || hasSudo)) {
  const sudo = root ? '' : 'sudo ';
  console.log(`Chromium is missing at ${path}: installing Debian's chromium with apt-get …`);
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
    stdio: 'inherit',
  });
  if (existsSync(path)) process.exit(0);
}
console.error(
  `The e2e tests need Chromium at ${path}. Install it (Debian/Ubuntu: apt-get install chromium) ` +
    'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
);
process.exit(1);
