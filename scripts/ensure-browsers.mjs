#!/usr/bin/env node
/**
 * The browser tests run in three engines from Debian (a test tool's own
 * browser download does not work on our machines): Chromium, Firefox ESR and
 * WebKitGTK (its WebDriver, under a virtual X server). CI starts from a fresh
 * machine, so this script is what puts them there. Present: say where.
 * Missing and root: install with apt-get. Missing otherwise: stop with the
 * command to run. Never skip.
 *
 * Also installs the other Debian packages the tests name in ATLAS_APT_EXTRA
 * (space-separated; default nginx, for the security-header test), and
 * WebKit's WebDriver client into test/engines/webkit with `npm ci` (its own
 * folder: webdriverio 9 and the root's puppeteer-core 25 conflict as peers).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const wanted = [
  { pkg: 'chromium', bin: CHROMIUM },
  // Firefox and WebKit with their recommended packages (WebKitGTK's GStreamer and GL, xvfb's xauth):
  // the set that was checked to pass (shared/STACK.md); Chromium and the rest without, as before.
  { pkg: 'firefox-esr', bin: '/usr/bin/firefox-esr', recommends: true },
  { pkg: 'webkit2gtk-driver', bin: '/usr/bin/WebKitWebDriver', recommends: true },
  { pkg: 'xvfb', bin: '/usr/bin/xvfb-run', recommends: true },
  // xvfb-run stops without xauth, which xvfb only recommends: named, so it is there either way.
  { pkg: 'xauth', bin: '/usr/bin/xauth' },
  // The nginx test makes a self-signed certificate for its HTTPS server.
  { pkg: 'openssl', bin: '/usr/bin/openssl' },
  ...(process.env.ATLAS_APT_EXTRA ?? 'nginx')
    .split(/\s+/)
    .filter(Boolean)
    .map((pkg) => ({ pkg, bin: `/usr/sbin/${pkg}` })),
];

installDebianPackages(wanted.filter((w) => !existsSync(w.bin)));
installWebKitClient(join(import.meta.dirname, '..', 'test', 'engines', 'webkit'));
console.log(`ensure-browsers: ${wanted.map((w) => w.bin).join(', ')} and the WebKit client are in place`);

function installDebianPackages(missing) {
  if (missing.length === 0) return;
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
  console.log(`ensure-browsers: installing ${pkgs.join(', ')} with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  for (const recommends of [false, true]) {
    const batch = missing.filter((m) => Boolean(m.recommends) === recommends).map((m) => m.pkg);
    if (batch.length === 0) continue;
    const args = ['install', '-y', '-qq', ...(recommends ? [] : ['--no-install-recommends']), ...batch];
    execFileSync('apt-get', args, { stdio: 'inherit', env });
  }
  const still = missing.filter((m) => !existsSync(m.bin));
  if (still.length > 0) {
    console.error(`ensure-browsers: still missing after install: ${still.map((m) => m.bin).join(', ')}`);
    process.exit(1);
  }
}

/**
 * `npm ci` in the WebKit client's folder, unless what is installed there is
 * already what its lockfile says (npm ci always starts from scratch, 10 s).
 * The folder's allowScripts keeps webdriverio's driver downloads off.
 */
function installWebKitClient(dir) {
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
  const locked = lock.packages?.['node_modules/webdriverio']?.version;
  const installedFile = join(dir, 'node_modules', 'webdriverio', 'package.json');
  const installed = existsSync(installedFile) ? JSON.parse(readFileSync(installedFile, 'utf8')).version : undefined;
  if (locked && installed === locked) return;
  console.log(`ensure-browsers: npm ci in ${dir} (webdriverio ${locked}) …`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
}
