/**
 * One Chromium per test file: Debian's /usr/bin/chromium driven by
 * playwright-core, with the flags our closed network needs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  baseURL: string;
  /** A new page that records console errors and page errors in `errors`. */
  newPage(opts?: { colorScheme?: 'light' | 'dark' }): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/**
 * `serviceWorkers: 'block'` by default: pages that run script register the
 * offline worker (ADR 0009), and a page it controls is served from its cache,
 * out of reach of `page.route` — which the stray-path tests use to hold back
 * or fail a script. The offline tests (test/browser/offline/) allow it.
 */
export async function launch(opts: { serviceWorkers?: 'allow' | 'block' } = {}): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    serviceWorkers: opts.serviceWorkers ?? 'block',
  });
  const baseURL = inject('baseURL');
  return {
    context,
    baseURL,
    async newPage(opts = {}) {
      const page = await context.newPage();
      if (opts.colorScheme) await page.emulateMedia({ colorScheme: opts.colorScheme });
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      return { page, errors };
    },
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
