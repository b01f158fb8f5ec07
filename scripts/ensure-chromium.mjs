#!/usr/bin/env node
/**
 * The browser tests need Debian's Chromium (a test tool's own browser download
 * does not work on our machines). Present: say where. Missing and root: install
 * it with apt-get. Missing otherwise: stop with the command to run. Never skip.
 *
 * Also installs the other Debian packages the tests name in ATLAS_APT_EXTRA
 * (space-separated), e.g. nginx for the security-header test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const wanted = [
  { pkg: 'chromium', bin: CHROMIUM },
  ...(process.env.ATLAS_APT_EXTRA ?? 'nginx')
    .split(/\s+/)
    .filter(Boolean)
    .map((pkg) => ({ pkg, bin: `/usr/sbin/${pkg}` })),
];
const missing = wanted.filter((w) => !existsSync(w.bin));

if (missing.length === 0) {
  console.log(`ensure-chromium: using ${CHROMIUM}`);
  process.exit(0);
}

const pkgs = missing.map((m) => m.pkg);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `\nThe browser tests need Debian packages that are missing: ${pkgs.join(', ')}.\n` +
      `Install them, then run the tests again:\n\n  sudo apt-get update && sudo apt-get install -y ${pkgs.join(' ')}\n\n` +
      `(Or point CHROME_PATH at another Chromium.)\n`,
  );
  process.exit(1);
}

console.log(`ensure-chromium: installing ${pkgs.join(', ')} with apt-get …`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...pkgs], { stdio: 'inherit', env });
const still = missing.filter((m) => !existsSync(m.bin));
if (still.length > 0) {
  console.error(`ensure-chromium: still missing after install: ${still.map((m) => m.bin).join(', ')}`);
  process.exit(1);
}
console.log('ensure-chromium: done');
