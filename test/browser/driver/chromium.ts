/**
 * Chromium: Debian's /usr/bin/chromium driven by playwright-core over CDP,
 * with the flags our closed network needs (the same as setup/browser.ts).
 * One browser per test file, a fresh context (empty storage) per page.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../setup/browser.ts';
import { BaseDriver } from './base.ts';
import type { Engine, Key } from './types.ts';

class ChromiumDriver extends BaseDriver {
  readonly engine = 'chromium' as const;
  private readonly recorded: string[] = [];

  constructor(
    baseURL: string,
    readonly page: Page,
  ) {
    super(baseURL);
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.recorded.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => this.recorded.push(`pageerror: ${err.message}`));
  }

  protected async goto(url: string) {
    await this.page.goto(url);
  }
  async reload() {
    await this.page.reload();
  }
  evaluate<T>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }
  async addScript(source: string) {
    await this.page.evaluate(source);
  }
  protected async clickSelector(selector: string) {
    await this.page.locator(selector).click();
  }
  async press(key: Key) {
    await this.page.keyboard.press(key);
  }
  async type(text: string) {
    await this.page.keyboard.type(text);
  }
  protected async currentUrl() {
    return this.page.url();
  }
  async errors() {
    return [...this.recorded];
  }
  async close() {
    await this.page.context().close();
  }
}

export async function launchChromium(baseURL: string): Promise<Engine> {
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    name: 'chromium',
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      return new ChromiumDriver(baseURL, await context.newPage());
    },
    close: () => browser.close(),
  };
}
