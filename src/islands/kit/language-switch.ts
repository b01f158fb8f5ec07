/**
 * The language switch is a plain link to the paired page (it works without
 * JavaScript). Where a widget runs, its answers live in the query string and
 * every widget key is language-neutral (numbers as `220000`, country codes,
 * answer ids), so the link can take them along: switching Swedish ⇄ English
 * keeps the reader's answers.
 *
 * The link carries each widget's answers as the widget itself last wrote
 * them (from its validated state, by prefix) and as the address still holds
 * them, never the address bar's raw query: an unknown or hostile key or value
 * in the address stays out of the page's links (test/browser/robustness).
 * The day the address asks about (`?asOf=`) goes along too, if it is a real
 * date: the other language then answers for the same day.
 */
import { isIsoDate } from '../../rules/iso-date.ts';
import { AS_OF_PARAM } from './as-of.ts';

const answers = new Map<string, string>();

/**
 * Records `query` (the widget's own keys, e.g. `?p-n=16&p-visits=yes`, or '')
 * as the answers of the widget under `prefix`, then points every language
 * switch link at the other page with all widgets' answers.
 */
export function carryAnswersToLanguageSwitch(prefix?: string, query = ''): void {
  if (prefix !== undefined) answers.set(prefix, query);
  if (typeof document === 'undefined') return;
  const address = new URLSearchParams(location.search);
  const carried = new URLSearchParams();
  for (const own of answers.values())
    for (const [key, value] of new URLSearchParams(own)) if (address.getAll(key).includes(value)) carried.append(key, value);
  const day = address.get(AS_OF_PARAM);
  if (isIsoDate(day)) carried.set(AS_OF_PARAM, day);
  // Also the embed pages' link back to the full guide page (data-carry-answers): same widget, same keys.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch], a[data-carry-answers]')) {
    const target = new URL(link.href);
    target.search = carried.toString();
    link.href = target.href;
  }
}
