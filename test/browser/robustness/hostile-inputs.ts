/**
 * Thirty hostile query strings for the widget pages: 24 hostile values, each
 * put on every key, and 6 cases that attack the shape of the query itself
 * (repeated, prototype, very long, very many and malformed keys; a hostile
 * fragment). Every value that could end up as markup or text carries the
 * marker ATLASX, so the test can look for it anywhere in the page; the ones
 * that would run code set `window.__pwned`.
 */

/** A value as the query string carries it: encoded from text, or raw (already escaped, possibly invalid). */
export type QueryValue = { readonly text: string } | { readonly raw: string };

export interface ValuePayload {
  readonly name: string;
  readonly value: QueryValue;
}

export const MARKER = 'ATLASX';

const text = (t: string): QueryValue => ({ text: t });
const raw = (r: string): QueryValue => ({ raw: r });

export const VALUE_PAYLOADS: readonly ValuePayload[] = [
  { name: 'script tag', value: text(`<script>window.__pwned=1</script>${MARKER}`) },
  { name: 'attribute break-out with img onerror', value: text(`"><img src=x onerror="window.__pwned=1">${MARKER}`) },
  { name: 'single-quote break-out with svg onload', value: text(`'><svg onload=window.__pwned=1>${MARKER}`) },
  { name: 'javascript: URL', value: text(`javascript:window.__pwned=1//${MARKER}`) },
  { name: 'mixed-case javascript: URL with spaces', value: text(` JaVaScRiPt:window.__pwned=1//${MARKER}`) },
  { name: 'data: URL with markup', value: text(`data:text/html,<script>window.__pwned=1</script>${MARKER}`) },
  { name: 'closing the island element', value: text(`</astro-island></main><script>window.__pwned=1</script>${MARKER}`) },
  { name: 'right-to-left override U+202E', value: text(`\u202Egnp.exe${MARKER}`) },
  { name: 'direction marks and embeddings', value: text(`\u200F\u202B1000\u202C\u2066${MARKER}\u2069`) },
  { name: '10 KB value', value: text(`${'9'.repeat(10_240)}${MARKER}`) },
  { name: '1e308', value: text('1e308') },
  { name: '-1', value: text('-1') },
  { name: 'NaN', value: text('NaN') },
  { name: 'Infinity', value: text('Infinity') },
  { name: 'a 25-digit integer', value: text('9999999999999999999999999') },
  { name: '__proto__ as value', value: text('__proto__') },
  { name: 'constructor as value', value: text('constructor') },
  { name: 'JSON with a prototype key', value: text(`{"__proto__":{"polluted":1}}${MARKER}`) },
  { name: 'invalid UTF-8 %C3%28', value: raw('%C3%28') },
  { name: 'truncated escape %E0%A4%A', value: raw('%E0%A4%A') },
  { name: 'NUL and encoded surrogate %00%ED%A0%80', value: raw(`%00%ED%A0%80${MARKER}`) },
  { name: 'double-encoded script tag', value: raw(`%253Cscript%253Ewindow.__pwned%253D1%253C%252Fscript%253E${MARKER}`) },
  { name: 'template and entity text', value: text(`{{7*7}}\${7*7}&lt;b&gt;${MARKER}`) },
  { name: 'CR LF header injection', value: text(`1\r\nSet-Cookie: pwned=1\r\n${MARKER}`) },
];

export const encodeValue = (v: QueryValue): string => ('raw' in v ? v.raw : encodeURIComponent(v.text));

/** `key=value` pairs joined; keys are encoded, values as given. */
export const queryOf = (pairs: readonly (readonly [string, QueryValue])[]): string =>
  pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeValue(v)}`).join('&');

export interface ShapeCase {
  readonly name: string;
  /** The query string (without `?`) and an optional fragment (without `#`). */
  build(keys: readonly string[], prefixes: readonly string[]): { query: string; hash?: string };
}

const script = text(`<script>window.__pwned=1</script>${MARKER}`);
const img = text(`"><img src=x onerror="window.__pwned=1">${MARKER}`);

export const SHAPE_CASES: readonly ShapeCase[] = [
  {
    name: 'every key twice, valid and hostile in both orders',
    build: (keys) => ({
      query: queryOf(keys.flatMap((k, i) => (i % 2 === 0 ? [[k, text('1')], [k, script]] : [[k, img], [k, text('1')]]) as [string, QueryValue][])),
    }),
  },
  {
    name: 'prototype keys, bare and under each prefix',
    build: (_keys, prefixes) => ({
      query: [
        `__proto__=${MARKER}`,
        `constructor=${MARKER}`,
        '__proto__[polluted]=1',
        'constructor[prototype][polluted]=1',
        ...prefixes.flatMap((p) =>
          ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'].map((k) => `${p}-${k}=${MARKER}`),
        ),
      ].join('&'),
    }),
  },
  {
    name: 'very long key names',
    build: (_keys, prefixes) => ({
      query: [...prefixes.map((p) => `${p}-${'k'.repeat(3_000)}=1`), `${'z'.repeat(5_000)}=${MARKER}`].join('&'),
    }),
  },
  {
    name: '3000 unknown keys under the widget prefixes',
    build: (_keys, prefixes) => ({
      query: Array.from({ length: 3_000 }, (_, i) => `${prefixes[i % prefixes.length]}-k${i}=${i}`).join('&'),
    }),
  },
  {
    name: 'malformed separators, keys without values, bare %',
    build: (keys) => ({
      query: ['', '&', '=', '==', ...keys.flatMap((k) => [k, `${k}=`, `${k}==1`]), '%', '%%', '%26=%3D', '+=+', ';;'].join('&'),
    }),
  },
  {
    name: 'hostile fragment beside valid-looking keys',
    build: (keys) => ({
      query: queryOf(keys.map((k) => [k, text('1')])),
      hash: `"><img src=x onerror="window.__pwned=1">${MARKER}`,
    }),
  },
];
