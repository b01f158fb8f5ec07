/**
 * Reading a widget's state through its stable hooks, the same for every
 * widget: `data-widget` names it, `data-ready` says it has started,
 * `data-verdict` holds the verdict's kind and `data-rule` each finding's rule
 * key. Never the wording, which the widgets' authors may change.
 */
import type { Driver } from '../driver/index.ts';

export const widget = (name: string) => `[data-widget="${name}"]`;

/** Scrolls the widget into view (islands hydrate on visibility) and waits for it to mark itself ready. */
export async function openWidget(page: Driver, path: string, name: string) {
  await page.open(path);
  await widgetReady(page, name);
}

/** After a load or reload: scrolls the widget into view and waits for `data-ready`. */
export async function widgetReady(page: Driver, name: string) {
  await page.waitFor({ selector: widget(name) });
  // Jump, not smooth-scroll: the island hydrates once visible (client:visible).
  await page.evaluate(`document.querySelector('${widget(name)}').scrollIntoView({ block: 'center', behavior: 'instant' })`);
  await page.waitFor({ selector: widget(name), attribute: 'data-ready' });
}

/**
 * Puts keyboard focus at the start of the widget, as a reader who clicks
 * into it and carries on with the keyboard, so Tab goes from there (the
 * Chromium-only suite tabs through the header and navigation). The widget's
 * container gets tabindex="-1": focusable by script, not a Tab stop.
 */
export async function focusWidgetStart(page: Driver, name: string) {
  const focused = await page.evaluate<boolean>(`(() => {
    const w = document.querySelector('${widget(name)}');
    w.setAttribute('tabindex', '-1');
    w.focus({ preventScroll: true });
    return document.activeElement === w;
  })()`);
  if (!focused) throw new Error(`${page.engine}: could not put focus at the start of ${name}`);
}

export async function waitForVerdict(page: Driver, name: string) {
  await page.waitFor({ selector: `${widget(name)} [data-verdict]` });
}

export const verdictOf = (page: Driver, name: string) => page.attribute({ selector: `${widget(name)} [data-verdict]` }, 'data-verdict');

/** The rule keys the widget shows, each once, sorted. */
export const rulesOf = (page: Driver, name: string) =>
  page.evaluate<string[]>(
    `[...new Set([...document.querySelectorAll('${widget(name)} [data-rule]')].map((e) => e.getAttribute('data-rule')))].sort()`,
  );

/**
 * Whether the element with focus is an error summary for `field`: it links
 * to the field by its id (the GOV.UK pattern), whatever its markup.
 */
export const errorSummaryHasFocusFor = (fieldSelector: string) => ({
  expression: `(() => {
    const field = document.querySelector(${JSON.stringify(fieldSelector)});
    const focused = document.activeElement;
    return field !== null && focused !== null && focused !== document.body && field.id !== '' &&
      focused.querySelector('a[href="#' + CSS.escape(field.id) + '"]') !== null;
  })()`,
  what: `focus on an error summary linking to ${fieldSelector}`,
});

/** The query string's keys with a widget's prefix, e.g. `c-`, as an object. */
export async function queryWith(page: Driver, prefix: string): Promise<Record<string, string>> {
  const url = await page.url();
  return Object.fromEntries([...url.searchParams].filter(([key]) => key.startsWith(prefix)));
}
