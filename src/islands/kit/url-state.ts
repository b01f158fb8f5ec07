/**
 * A widget's answers in the query string, so that a reload, the Back button
 * or a mailed link restores them. Each widget owns the keys under its prefix
 * (`c-rest`, `q-…`, `p-…`), so several widgets can share one page without
 * touching each other.
 *
 * Reading is per field: a field whose value does not parse is dropped alone and
 * the others are kept. Raw URL text is never returned — only what a parser made
 * of it — so nothing from the address bar reaches the DOM unchecked.
 *
 * Writing goes through `new URL(location.href)`: the address is changed as a
 * URL, never glued together from strings. (Gluing `location.pathname` and a
 * query turned `//sv/…` into a protocol-relative address on another host, and
 * `history.replaceState` threw.)
 */
import { carryAnswersToLanguageSwitch } from './language-switch.ts';

/** Turns one raw query value into a valid field value, or `undefined` to drop it. */
export type FieldParser<T> = (raw: string) => T | undefined;

export type FieldParsers<S> = { readonly [K in keyof S]-?: FieldParser<S[K]> };

/** A value longer than this is not an answer anybody typed; drop it before parsing. */
export const MAX_URL_VALUE_LENGTH = 64;

/** Values a widget writes back; empty ones remove their key. */
export type UrlValue = string | number | boolean | null | undefined;

/**
 * `replace`: the same history entry (typing, a changed answer); `push`: a new
 * one, so the browser's Back returns to what the reader saw before (a quiz step).
 */
export type HistoryMode = 'replace' | 'push';

const keyOf = (prefix: string, field: string) => `${prefix}-${field}`;

const currentSearch = (): string => (typeof location === 'undefined' ? '' : location.search);

/** Whether the query string holds any key of this widget. */
export const hasUrlState = (prefix: string, search: string = currentSearch()): boolean =>
  [...new URLSearchParams(search).keys()].some((key) => key.startsWith(`${prefix}-`));

/**
 * The widget's state as far as the URL gives it: only fields whose raw value
 * is short enough and that their parser accepts.
 */
export function readUrlState<S extends object>(
  prefix: string,
  parsers: FieldParsers<S>,
  search: string = currentSearch(),
): Partial<S> {
  const query = new URLSearchParams(search);
  const state: Partial<S> = {};
  for (const field of Object.keys(parsers) as (keyof S & string)[]) {
    const raw = query.get(keyOf(prefix, field));
    if (raw === null || raw.length > MAX_URL_VALUE_LENGTH) continue;
    let value: S[typeof field] | undefined;
    try {
      value = parsers[field](raw);
    } catch {
      // A parser that throws on odd input is treated as a rejection, never as a crash.
      value = undefined;
    }
    if (value !== undefined) state[field] = value;
  }
  return state;
}

/**
 * The query string with this widget's keys set to `values` (empty values
 * removed) and every other key left as it was. Pure, for presets and tests.
 */
export function withUrlState(prefix: string, values: Readonly<Record<string, UrlValue>>, search: string): string {
  const query = new URLSearchParams(search);
  for (const [field, value] of Object.entries(values)) {
    const key = keyOf(prefix, field);
    if (value === undefined || value === null || value === '' || value === false) query.delete(key);
    else query.set(key, value === true ? '1' : String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The query string without any key of this widget. */
export function withoutUrlState(prefix: string, search: string): string {
  const query = new URLSearchParams(search);
  for (const key of [...query.keys()]) if (key.startsWith(`${prefix}-`)) query.delete(key);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The address of this page with `search` as its query (origin, path and hash as they are). */
export function addressWith(search: string): string {
  const url = new URL(location.href);
  url.search = search;
  return url.href;
}

/**
 * The link that reopens a widget's answers, for a printout or a mail: this
 * page with `search` and no fragment (the address's `#…` is not an answer and
 * is never copied into what the page prints).
 */
export function shareLink(search: string): string {
  const url = new URL(addressWith(search));
  url.hash = '';
  return url.href;
}

/** Puts `search` into the address bar, then lets the language switch carry the widget's own keys (`own`). */
function commitSearch(search: string, mode: HistoryMode, prefix: string, own: string): void {
  if (typeof history === 'undefined' || typeof location === 'undefined') return;
  if (search !== location.search || mode === 'push') {
    const address = addressWith(search);
    if (mode === 'push') history.pushState(null, '', address);
    else history.replaceState(history.state, '', address);
  }
  carryAnswersToLanguageSwitch(prefix, own);
}

/** Writes the widget's answers into the address bar. */
export function writeUrlState(prefix: string, values: Readonly<Record<string, UrlValue>>, mode: HistoryMode = 'replace'): void {
  commitSearch(withUrlState(prefix, values, currentSearch()), mode, prefix, withUrlState(prefix, values, ''));
}

/** "Start again": removes the widget's own keys, leaves everyone else's. */
export function clearUrlState(prefix: string, mode: HistoryMode = 'replace'): void {
  commitSearch(withoutUrlState(prefix, currentSearch()), mode, prefix, '');
}

/** A parser that accepts only one of the listed values (radio answers, levels). */
export const oneOf =
  <T extends string>(values: readonly T[]): FieldParser<T> =>
  (raw) =>
    (values as readonly string[]).includes(raw) ? (raw as T) : undefined;
