/**
 * What every cross-engine test file shares: one engine per `describe.each`
 * block (started before its tests, closed after), a fresh page per test, and
 * keyboard and error helpers written once against the driver interface.
 */
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { ENGINES, launchEngine, type Driver, type Engine, type EngineName, type Target } from '../driver/index.ts';

export { ENGINES };

/** Starts `name` for the enclosing describe block; call inside describe.each(ENGINES). */
export function useEngine(name: EngineName) {
  let engine: Engine | undefined;
  const pages: Driver[] = [];
  beforeAll(async () => {
    engine = await launchEngine(name, inject('baseURL'));
  }, 60_000);
  afterAll(async () => {
    for (const page of pages.splice(0)) await page.close().catch(() => {});
    await engine?.close();
  });
  return {
    /** A page with empty storage; the previous test's page is closed first. */
    async page(): Promise<Driver> {
      for (const page of pages.splice(0)) await page.close().catch(() => {});
      if (!engine) throw new Error(`${name} did not start`);
      const page = await engine.newPage();
      pages.push(page);
      return page;
    },
  };
}

/** Fails with the recorded messages when the page logged an error. */
export async function expectNoErrors(page: Driver) {
  expect(await page.errors(), `${page.engine}: page errors, console errors or CSP violations`).toEqual([]);
}

/** Presses Tab until `target` has focus (a header, navigation and text links come first). */
export async function tabTo(page: Driver, target: Target, limit = 150) {
  for (let i = 0; i < limit; i++) {
    if (await page.isFocused(target)) return;
    await page.press('Tab');
  }
  throw new Error(`${page.engine}: Tab never reached ${JSON.stringify(target)}`);
}
