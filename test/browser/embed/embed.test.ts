/**
 * The embeddable widgets as another site shows them (issue 15): a host page
 * on another loopback origin holds the snippet the "Bädda in / Embed"
 * disclosure gives, for each widget in each language. In the frame the
 * widget renders and hydrates; the host's /embed.js makes the frame exactly
 * as tall as the page inside it, and again when the widget grows (an answer
 * checked); the answers live in the frame's own address; the language switch
 * stays in the frame and keeps them; and a height message from anyone but
 * the site's frame changes nothing. Served by Astro's preview, which sends no
 * headers of its own: the frame policy is nginx's (frame-headers.test.ts).
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { INITIAL_HEIGHT } from '../../../src/components/embed/embed-snippet.ts';
import { EMBEDDABLE_WIDGETS, embedUrl, type EmbeddableWidget } from '../../../src/routing/embed-pages.ts';
import { launch, type Browser } from '../setup/browser.ts';
import { startHost, type HostServer } from './host-server.ts';

let browser: Browser;
let host: HostServer;
beforeAll(async () => {
  browser = await launch();
  host = await startHost(browser.baseURL);
});
afterAll(async () => {
  await host?.close();
  await browser?.close();
});

const FRAME = 'iframe[data-atlasguiden-embed]';

/** The frame's height on the host page, and what the page inside it needs. */
async function heights(page: Page, frame: Frame) {
  const outer = await page.locator(FRAME).evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({ body: Math.ceil(document.body.getBoundingClientRect().height), scroll: document.documentElement.scrollHeight, view: innerHeight }));
  return { outer, ...inner };
}

/** The frame fits its page: as tall as the body, nothing to scroll inside. */
async function expectFits(page: Page, frame: Frame) {
  await expect.poll(async () => {
    const h = await heights(page, frame);
    return Math.abs(h.outer - h.body) <= 1 && h.scroll <= h.view;
  }, { timeout: 15_000 }).toBe(true);
}

/** One answer each widget's reader gives first, and the key it leaves in the address. */
const FIRST_ANSWER: Record<EmbeddableWidget, { act: (frame: Frame) => Promise<void>; key: RegExp }> = {
  'project-type-quiz': {
    act: async (frame) => {
      await frame.locator('[data-widget="project-type-quiz"] form input[type="radio"]').first().check();
      await frame.locator('[data-widget="project-type-quiz"] [data-submit]').click();
    },
    key: /^q-/,
  },
  'partner-checker': {
    act: async (frame) => {
      await frame.locator('#pc-participants').fill('16');
      await frame.locator('[data-widget="partner-checker"] [data-submit]').click();
    },
    key: /^p-/,
  },
  'co-financing': {
    act: async (frame) => {
      await frame.locator('#c-rest').fill('10');
      await frame.locator('[data-widget="co-financing"] [data-submit]').click();
    },
    key: /^c-/,
  },
};

/** Opens the host page and waits for the widget in its frame to hydrate. */
async function openEmbedded(widget: EmbeddableWidget, lang: 'sv' | 'en') {
  const { page, errors } = await browser.newPage();
  await page.goto(host.pageFor(widget, lang));
  const handle = await page.locator(FRAME).elementHandle();
  const frame = (await handle!.contentFrame())!;
  await frame.locator(`[data-widget="${widget}"][data-ready]`).waitFor();
  return { page, frame, errors };
}

describe.each(['sv', 'en'] as const)('embedded in another site’s page (%s)', (lang) => {
  test.each(EMBEDDABLE_WIDGETS)('%s: renders, fits its frame, grows with it, keeps its answers in its own address', async (widget) => {
    const { page, frame, errors } = await openEmbedded(widget, lang);
    try {
      expect(new URL(frame.url()).pathname).toBe(embedUrl(widget, lang));
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe(lang);
      // The page alone: no site header, navigation or site footer; its own h1,
      // and a foot of its own that links back to the guide and its trust pages.
      expect(await frame.locator('header.site-header, footer.site-footer, nav').count()).toBe(0);
      expect(await frame.locator('footer.embed__foot a[data-embed-back]').count()).toBe(1);
      expect(await frame.locator('h1').count()).toBe(1);
      await expectFits(page, frame);
      const before = await heights(page, frame);
      expect(before.outer, 'the script set the height, not the snippet').not.toBe(INITIAL_HEIGHT[widget]);

      await FIRST_ANSWER[widget].act(frame);
      const { key } = FIRST_ANSWER[widget];
      await expect.poll(() => [...new URL(frame.url()).searchParams.keys()].some((k) => key.test(k)), { timeout: 10_000 }).toBe(true);
      // The host's own address never learns the answers.
      expect(new URL(page.url()).search).toBe(new URL(host.pageFor(widget, lang)).search);
      await expectFits(page, frame);
      if (widget !== 'project-type-quiz') {
        // A result or the error summary appears above or below the form: the frame follows.
        expect((await heights(page, frame)).outer).toBeGreaterThan(before.outer);
      }

      // The language switch stays in the frame and carries the answers; the frame fits again.
      const answered = new URL(frame.url()).searchParams;
      await frame.locator('a[data-lang-switch]').click();
      const other = lang === 'sv' ? 'en' : 'sv';
      await expect.poll(() => new URL(frame.url()).pathname, { timeout: 10_000 }).toBe(embedUrl(widget, other));
      const switched = new URL(frame.url()).searchParams;
      for (const [k, v] of answered) if (key.test(k)) expect(switched.get(k), k).toBe(v);
      await frame.locator(`[data-widget="${widget}"][data-ready]`).waitFor();
      await expectFits(page, frame);
      // The link back to the guide opens it in a new tab with the same answers.
      const back = frame.locator('a[data-embed-back]');
      expect(await back.evaluate((a) => (a as HTMLAnchorElement).target || document.querySelector('base')?.target)).toBe('_blank');
      const backQuery = new URL(await back.evaluate((a) => (a as HTMLAnchorElement).href)).searchParams;
      for (const [k, v] of switched) if (key.test(k)) expect(backQuery.get(k), k).toBe(v);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

test('a height message from anyone but the site’s own frame is ignored', async () => {
  const { page, frame } = await openEmbedded('co-financing', 'sv');
  try {
    await expectFits(page, frame);
    const before = (await heights(page, frame)).outer;
    // From the host itself (its origin, not the frame), then a marker: messages arrive in order, so when the
    // marker has arrived, /embed.js has already seen (and dropped) the forgery.
    const after = await page.evaluate(async () => {
      const marker = new Promise<void>((done) => addEventListener('message', (e) => e.data === 'marker' && done()));
      postMessage({ type: 'atlasguiden:embed-height', height: 77 }, '*');
      postMessage('marker', '*');
      await marker;
      return document.querySelector('iframe')!.getBoundingClientRect().height;
    });
    expect(after).toBe(before);
    // From a frame of another origin (the host's): same message, still dropped.
    const fromOtherFrame = await page.evaluate(async () => {
      const other = document.createElement('iframe');
      other.setAttribute('data-atlasguiden-embed', '');
      other.src = 'about:blank';
      document.body.append(other);
      const marker = new Promise<void>((done) => addEventListener('message', (e) => e.data === 'marker' && done()));
      other.contentWindow!.parent.postMessage({ type: 'atlasguiden:embed-height', height: 55 }, '*');
      postMessage('marker', '*');
      await marker;
      return [...document.querySelectorAll('iframe')].map((f) => f.getBoundingClientRect().height);
    });
    expect(fromOtherFrame[0]).toBe(before);
    expect(fromOtherFrame[1]).not.toBe(55);
  } finally {
    await page.close();
  }
});
