/**
 * What the three drivers share: everything built on "evaluate a string",
 * "act on a selector" and "press a key". Each engine's file supplies only
 * those primitives, so the engines differ where their clients differ and
 * nowhere else.
 */
import * as page from './in-page.ts';
import type { Driver, EngineName, Key, State, Target } from './types.ts';

/**
 * How long a state may take to arrive before the test fails. Generous: CI's
 * two cores are busy with more than one browser, and a long bound costs time
 * only when something is already wrong.
 */
const WAIT_TIMEOUT = 20_000;

export abstract class BaseDriver implements Driver {
  abstract readonly engine: EngineName;
  constructor(protected readonly baseURL: string) {}

  // The primitives each engine implements.
  protected abstract goto(url: string): Promise<void>;
  abstract reload(): Promise<void>;
  abstract evaluate<T = unknown>(expression: string): Promise<T>;
  abstract addScript(source: string): Promise<void>;
  protected abstract clickSelector(selector: string): Promise<void>;
  abstract press(key: Key): Promise<void>;
  abstract type(text: string): Promise<void>;
  protected abstract currentUrl(): Promise<string>;
  abstract errors(): Promise<string[]>;
  abstract close(): Promise<void>;

  open(pathOrUrl: string): Promise<void> {
    return this.goto(new URL(pathOrUrl, this.baseURL).href);
  }

  async url(): Promise<URL> {
    return new URL(await this.currentUrl());
  }

  /**
   * Polls the state from Node. Not the clients' in-page wait functions: those
   * compile the predicate with eval in the page, which the site's CSP (no
   * 'unsafe-eval') refuses and reports.
   */
  async waitFor(state: State, { timeout = WAIT_TIMEOUT } = {}): Promise<void> {
    const end = Date.now() + timeout;
    for (;;) {
      if ('url' in state ? state.url(await this.url()) : await this.evaluate<boolean>(page.holds(state))) return;
      if (Date.now() > end) throw new Error(`${this.engine}: timed out after ${timeout} ms waiting for ${page.describe(state)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Finds and marks the element, or says which target was not there. */
  protected async selectorOf(target: Target): Promise<string> {
    const selector = await this.evaluate<string | null>(page.mark(target));
    if (selector === null) throw new Error(`${this.engine}: no element for ${JSON.stringify(target)}`);
    return selector;
  }

  async fill(target: Target, value: string): Promise<void> {
    const selector = await this.selectorOf(target);
    if (!(await this.evaluate<boolean>(page.selectAll(selector)))) throw new Error(`${this.engine}: could not focus ${JSON.stringify(target)}`);
    if (value === '') await this.evaluate(`(() => { const el = document.activeElement; el.value = ''; el.dispatchEvent(new Event('input', { bubbles: true })); })()`);
    else await this.type(value);
  }

  async click(target: Target): Promise<void> {
    await this.clickSelector(await this.selectorOf(target));
  }

  async focus(target: Target): Promise<void> {
    if (!(await this.evaluate<boolean>(page.focus(target)))) throw new Error(`${this.engine}: could not focus ${JSON.stringify(target)}`);
  }

  exists(target: Target): Promise<boolean> {
    return this.evaluate<boolean>(page.exists(target));
  }
  isFocused(target: Target): Promise<boolean> {
    return this.evaluate<boolean>(page.isFocused(target));
  }
  text(target: Target): Promise<string | null> {
    return this.evaluate<string | null>(page.text(target));
  }
  attribute(target: Target, name: string): Promise<string | null> {
    return this.evaluate<string | null>(page.attribute(target, name));
  }
  value(target: Target): Promise<string | null> {
    return this.evaluate<string | null>(page.value(target));
  }
  checked(target: Target): Promise<boolean> {
    return this.evaluate<boolean>(page.checked(target));
  }
}
