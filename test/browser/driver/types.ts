/**
 * The one interface the cross-engine browser tests drive a page through, so
 * each test is written once and runs in Chromium (playwright-core), Firefox
 * (puppeteer-core over WebDriver BiDi) and WebKitGTK (webdriverio over
 * WebKitWebDriver). Elements are found the way a reader finds them (a label,
 * a role and name) or by a stable hook (`data-widget`, `data-ready`,
 * `data-verdict`, `data-view`), never by wording the widgets may change.
 */

export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** What to act on: a CSS selector, a form control by its label, or an element by role and accessible name. */
export type Target =
  | { readonly selector: string; readonly within?: string }
  | { readonly label: string; readonly within?: string; /** 0-based, when one label text appears more than once */ readonly nth?: number }
  | { readonly role: Role; readonly name: string; readonly within?: string };

export type Role = 'button' | 'link' | 'radio' | 'checkbox' | 'textbox' | 'combobox' | 'heading';

/** A state of the page to wait for (never a length of time). */
export type State =
  | { readonly selector: string; readonly attribute?: string; readonly value?: string }
  | { readonly focus: Target }
  | { readonly url: (url: URL) => boolean; readonly what: string }
  | { readonly expression: string; readonly what: string };

export type Key =
  | 'Tab'
  | 'Shift+Tab'
  | 'Enter'
  | 'Space'
  | 'Escape'
  | 'ArrowDown'
  | 'ArrowUp'
  | 'ArrowLeft'
  | 'ArrowRight'
  | 'PageDown'
  | 'PageUp'
  | 'Home'
  | 'End';

export interface Driver {
  readonly engine: EngineName;
  /** Opens a site path (or a full URL) and waits for the load event. */
  open(pathOrUrl: string): Promise<void>;
  reload(): Promise<void>;
  waitFor(state: State, opts?: { timeout?: number }): Promise<void>;
  /** Focuses the control, replaces its value by typing `value` on the keyboard. */
  fill(target: Target, value: string): Promise<void>;
  /** A pointer click on the element, scrolled into view first. */
  click(target: Target): Promise<void>;
  /** Moves focus to the element from script (where a test is not about how focus gets there). */
  focus(target: Target): Promise<void>;
  press(key: Key): Promise<void>;
  /** Types text on the keyboard into whatever has focus. */
  type(text: string): Promise<void>;
  /** Whether the element exists (and, for a Target with a label/role, resolves). */
  exists(target: Target): Promise<boolean>;
  /** Whether the element has focus. */
  isFocused(target: Target): Promise<boolean>;
  text(target: Target): Promise<string | null>;
  attribute(target: Target, name: string): Promise<string | null>;
  /** The value of a form control (or null when there is none). */
  value(target: Target): Promise<string | null>;
  /** Whether a radio or checkbox is checked. */
  checked(target: Target): Promise<boolean>;
  url(): Promise<URL>;
  /** Evaluates a JavaScript expression in the page (a string: Vitest rewrites functions) and returns its JSON value. */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Runs a classic script's source in the page (e.g. axe-core's), for its side effects. */
  addScript(source: string): Promise<void>;
  /** Page errors, console errors and CSP violations recorded since the page was made. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

/** One running browser of one engine; `newPage` gives a page with empty storage. */
export interface Engine {
  readonly name: EngineName;
  newPage(): Promise<Driver>;
  close(): Promise<void>;
}
