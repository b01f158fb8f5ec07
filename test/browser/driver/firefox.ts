/**
 * Firefox: Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi
 * (no geckodriver; Debian has none). One browser per test file, a fresh
 * browser context (empty storage) per page. Page errors, console errors and
 * CSP violations (Firefox logs them as console errors) all reach us.
 */
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { BaseDriver } from './base.ts';
import type { Engine, Key } from './types.ts';

class FirefoxDriver extends BaseDriver {
  readonly engine = 'firefox' as const;
  private readonly recorded: string[] = [];

  constructor(
    baseURL: string,
    readonly page: Page,
  ) {
    super(baseURL);
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.recorded.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => this.recorded.push(`pageerror: ${err instanceof Error ? err.message : String(err)}`));
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
    await this.page.click(selector);
  }
  async press(key: Key) {
    if (key === 'Shift+Tab') {
      await this.page.keyboard.down('Shift');
      await this.page.keyboard.press('Tab');
      await this.page.keyboard.up('Shift');
    } else await this.page.keyboard.press((key === 'Space' ? ' ' : key) as KeyInput); // BiDi's key table has no 'Space'
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
    await this.page.browserContext().close();
  }
}

export async function launchFirefox(baseURL: string): Promise<Engine> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
  });
  return {
    name: 'firefox',
    async newPage() {
      const context = await browser.createBrowserContext();
      return new FirefoxDriver(baseURL, await context.newPage());
    },
    close: () => browser.close(),
  };
}
