/**
 * The stray paths every widget is tested on (issue 11), as page helpers:
 * holding a widget's script back (typing before hydration), failing its
 * on-use part (a network hiccup), running with JavaScript off, and a `//`
 * address. Each waits for a state, never for time.
 */
import type { Page, Route } from 'playwright-core';

/**
 * Holds back every request matching `pattern` (an island's module) until
 * `release()` — the page renders its server HTML meanwhile, as on a slow network.
 */
export async function holdScripts(page: Page, pattern: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held: Promise<void>[] = [];
  await page.route(pattern, (route: Route) => {
    const done = released.then(() => route.continue());
    held.push(done);
    return done;
  });
  return {
    release: async () => {
      release();
      await Promise.all(held);
      await page.unroute(pattern);
    },
  };
}

/** Every request matching `pattern` fails (as a dropped connection would) until the returned function is called. */
export async function failScripts(page: Page, pattern: string) {
  await page.route(pattern, (route) => route.abort('connectionfailed'));
  return () => page.unroute(pattern);
}

/** Turns script execution off for `page` before it loads anything (as a reader with JavaScript off). */
export async function disableJavaScript(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
}

/**
 * Puts the page at the same address with a doubled leading slash (`//sv/…`),
 * as a mistyped or badly joined link leaves it. The page does not reload.
 */
export async function doubleSlashAddress(page: Page) {
  await page.evaluate(() => history.replaceState(history.state, '', `${location.origin}/${location.pathname}${location.search}`));
}

/** How far the page scrolls sideways: 0 when nothing is wider than the window. */
export const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
