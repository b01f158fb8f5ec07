/**
 * Who may frame what, through the example server config itself
 * (deploy/nginx/atlasguiden.conf, run by Debian's nginx on loopback over
 * HTTPS): the embed pages allow any ancestor and send no X-Frame-Options,
 * every guide page still sends frame-ancestors 'none' and DENY, /embed.js may
 * be loaded by other sites, each exactly as deploy/headers/site-headers.ts
 * (which public/_headers follows too) says. Then in Chromium, a page on
 * another origin frames them: the embed page renders and /embed.js (loaded
 * from nginx, so its resource policy is tested too) sizes the frame; a
 * guide page is refused.
 */
import { request } from 'node:https';
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headersFor, HOST_SCRIPT } from '../../../deploy/headers/site-headers.ts';
import { startNginx, type LocalNginx } from '../../../deploy/nginx/local-server.ts';
import { EMBEDDABLE_WIDGETS, embedUrl } from '../../../src/routing/embed-pages.ts';
import { builtPages } from '../../support/built-site.ts';
import { DIST } from '../../support/dist.ts';
import { CHROMIUM_ARGS } from '../setup/browser.ts';
import { startHost, type HostServer } from './host-server.ts';

let nginx: LocalNginx;
beforeAll(async () => {
  nginx = await startNginx({ root: DIST });
});
afterAll(async () => nginx?.stop());

/** The response's headers (no body needed), trusting this run's certificate only. */
function headersOf(path: string): Promise<Headers> {
  return new Promise((done, fail) => {
    const req = request(`${nginx.origin}${path}`, { ca: nginx.certificatePem, agent: false }, (res) => {
      res.resume();
      const headers = new Headers();
      for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') headers.set(name, value);
      res.on('end', () => done(headers));
    });
    req.on('error', fail);
    req.end();
  });
}

const FRAME_HEADERS = ['Content-Security-Policy', 'X-Frame-Options', 'Cross-Origin-Resource-Policy'];
const embedPages = EMBEDDABLE_WIDGETS.flatMap((w) => [embedUrl(w, 'sv'), embedUrl(w, 'en')]);
/** Every other built page of both languages: the guide, its widget pages, search, rules, 404s. */
const otherPages = builtPages()
  .map((p) => p.url)
  .filter((url) => !embedPages.includes(url));

describe('frame headers as the one statement of them says', () => {
  test.each([...embedPages, ...otherPages, HOST_SCRIPT])('%s', async (path) => {
    const sent = await headersOf(path);
    const wanted = headersFor(path);
    for (const name of FRAME_HEADERS) expect(sent.get(name), name).toBe(wanted[name] ?? null);
  });

  test('embed pages allow any ancestor; guide pages none', async () => {
    expect(embedPages.length).toBe(6);
    expect((await headersOf(embedPages[0]!)).get('content-security-policy')).toMatch(/^frame-ancestors \*;/);
    expect((await headersOf(embedPages[0]!)).get('x-frame-options')).toBeNull();
    expect((await headersOf('/sv/ekonomi-och-schabloner/')).get('content-security-policy')).toMatch(/^frame-ancestors 'none';/);
    expect((await headersOf('/sv/ekonomi-och-schabloner/')).get('x-frame-options')).toBe('DENY');
  });
});

describe('framed by another origin, in Chromium, through nginx', () => {
  let dir: string;
  let context: BrowserContext;
  let host: HostServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-chromium-'));
    context = await chromium.launchPersistentContext(dir, {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [...CHROMIUM_ARGS, ...nginx.chromiumArgs],
      viewport: { width: 1280, height: 900 },
      serviceWorkers: 'block',
    });
    host = await startHost(nginx.origin);
  });
  afterAll(async () => {
    await host?.close();
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test.each(['sv', 'en'] as const)('an embed page renders in the frame and the host script sizes it (%s)', async (lang) => {
    const page = await context.newPage();
    try {
      await page.goto(host.pageFor('co-financing', lang));
      const frame = (await (await page.locator('iframe[data-atlasguiden-embed]').elementHandle())!.contentFrame())!;
      await frame.locator('[data-widget="co-financing"][data-ready]').waitFor();
      await expect
        .poll(async () => {
          const outer = await page.locator('iframe[data-atlasguiden-embed]').evaluate((el) => el.getBoundingClientRect().height);
          const inner = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
          return Math.abs(outer - inner) <= 1;
        }, { timeout: 15_000 })
        .toBe(true);
    } finally {
      await page.close();
    }
  });

  test('a guide page is refused in a frame', async () => {
    const page = await context.newPage();
    try {
      const refused = page.waitForEvent('console', (msg) => /frame-ancestors|Refused to (?:display|frame)/i.test(msg.text()));
      await page.goto(host.framing('/sv/ekonomi-och-schabloner/'));
      await refused;
      const frame = (await (await page.locator('iframe[data-framed]').elementHandle())!.contentFrame())!;
      // The refused frame never gets the guide page's document.
      expect(new URL(frame.url()).pathname).not.toBe('/sv/ekonomi-och-schabloner/');
    } finally {
      await page.close();
    }
  });
});
