/**
 * WebKit: WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver classic),
 * driven by webdriverio 9 from test/engines/webkit. The driver runs under
 * `xvfb-run -a` (MiniBrowser needs an X display) in its own process group,
 * which is killed when the engine closes. One session per test file; a new
 * page is the same window with its storage cleared.
 *
 * The driver cannot read the browser's log, so pages come through the error
 * proxy (error-proxy.ts), whose injected script records errors in
 * sessionStorage; `errors()` reads them back.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { BaseDriver } from './base.ts';
import { COLLECTOR_FLAG, ERRORS_KEY, startErrorProxy } from './error-proxy.ts';
import type { Engine, Key } from './types.ts';

type WdioBrowser = Awaited<ReturnType<typeof import('../../engines/webkit/client.ts').remote>>;

/** WebDriver's key codes (W3C WebDriver, "keyboard actions"). */
const KEYS: Record<Exclude<Key, 'Shift+Tab'>, string> = {
  Tab: '\uE004',
  Enter: '\uE007',
  Space: '\uE00D',
  Escape: '\uE00C',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
};
const SHIFT = '\uE008';

class WebKitDriver extends BaseDriver {
  readonly engine = 'webkit' as const;

  constructor(
    baseURL: string,
    private readonly browser: WdioBrowser,
  ) {
    super(baseURL);
  }

  protected async goto(url: string) {
    await this.browser.navigateTo(url);
  }
  async reload() {
    await this.browser.refresh();
  }
  evaluate<T>(expression: string): Promise<T> {
    return this.browser.executeScript(`return (${expression});`, []) as Promise<T>;
  }
  async addScript(source: string) {
    await this.browser.executeScript(source, []);
  }
  protected async clickSelector(selector: string) {
    await this.browser.$(selector).click();
  }
  /** One key down and up at a time (webdriverio's `keys` presses them all down first, which loses repeated characters). */
  private async keyActions(keys: string[], modifier?: string) {
    const actions = keys.flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    if (modifier) actions.unshift({ type: 'keyDown', value: modifier }), actions.push({ type: 'keyUp', value: modifier });
    await this.browser.performActions([{ type: 'key', id: 'keyboard', actions }]);
  }
  async press(key: Key) {
    if (key === 'Shift+Tab') await this.keyActions([KEYS.Tab], SHIFT);
    else await this.keyActions([KEYS[key]]);
  }
  async type(text: string) {
    await this.keyActions([...text]);
  }
  protected currentUrl() {
    return this.browser.getUrl();
  }
  async errors() {
    const [collecting, stored] = await this.evaluate<[boolean, string | null]>(
      `[window[${JSON.stringify(COLLECTOR_FLAG)}] === true, sessionStorage.getItem(${JSON.stringify(ERRORS_KEY)})]`,
    );
    // No collector means no record, not no errors.
    if (!collecting) throw new Error(`webkit: the error collector is not on ${await this.currentUrl()}`);
    return JSON.parse(stored ?? '[]') as string[];
  }
  async close() {
    // The window is the session's; the next page clears it (see newPage).
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** MiniBrowser ships inside Debian's libwebkit2gtk-4.1-0, not on PATH. */
function miniBrowser(): string {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  const files = execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' }).split('\n');
  const found = files.find((f) => f.endsWith('/MiniBrowser'));
  if (!found) throw new Error('MiniBrowser not found in libwebkit2gtk-4.1-0 (run scripts/ensure-browsers.mjs)');
  return found;
}

/** Resolves once the driver answers /status (it takes a moment to listen). */
async function driverReady(port: number, child: ChildProcess, timeout = 20_000) {
  const end = Date.now() + timeout;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode}`);
    try {
      const status = await fetch(`http://127.0.0.1:${port}/status`);
      if (status.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > end) throw new Error(`WebKitWebDriver did not answer on port ${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function launchWebKit(upstream: string): Promise<Engine> {
  if (!existsSync(new URL('../../engines/webkit/node_modules/webdriverio/package.json', import.meta.url))) {
    throw new Error('WebKit client missing: run `node scripts/ensure-browsers.mjs` (npm run test:browser does)');
  }
  const { remote } = await import('../../engines/webkit/client.ts');
  const proxy = await startErrorProxy(upstream);
  const port = await freePort();
  // detached: its own process group, so xvfb-run, Xvfb, the driver and MiniBrowser end together.
  const child = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x900x24', 'WebKitWebDriver', `--port=${port}`], {
    detached: true,
    stdio: 'ignore',
  });
  const killGroup = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  let browser: WdioBrowser;
  try {
    await driverReady(port, child);
    browser = await remote({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] },
      } as WebdriverIO.Capabilities,
    });
  } catch (error) {
    killGroup();
    await proxy.close();
    throw error;
  }
  // The others' viewport (WebKit's is the window less its toolbar); without it the pages still work, so say so and go on.
  await browser.setWindowSize(1280, 900).catch((error: unknown) => console.warn(`webkit: window size not set: ${String(error)}`));
  return {
    name: 'webkit',
    async newPage() {
      // A same-origin page with the collector, to clear what the last test left.
      await browser.navigateTo(`${proxy.url}/404.html`);
      await browser.executeScript('sessionStorage.clear(); localStorage.clear();', []);
      return new WebKitDriver(proxy.url, browser);
    },
    async close() {
      await browser.deleteSession().catch(() => {});
      killGroup();
      await proxy.close();
    },
  };
}
