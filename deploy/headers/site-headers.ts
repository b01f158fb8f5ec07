/**
 * The response headers the site asks of a server, by address: one statement
 * of them, which the nginx example (deploy/nginx/atlasguiden.conf, tested
 * against `headersFor` by test/browser/embed/frame-headers.test.ts) and the
 * `_headers` file for static hosts (written from `headersFile`, held to it by
 * test/site/headers-file.test.ts) both follow. Reasons: docs/adr/0004-…,
 * 0007-… and 0010-embeddable-widgets.md.
 *
 * What differs by address:
 * - the embed pages (`/<lang>/embed/…`) may be framed by any site:
 *   `frame-ancestors *`, no X-Frame-Options, and Cross-Origin-Resource-Policy
 *   `cross-origin` (a host that sets Cross-Origin-Embedder-Policy would refuse
 *   a same-origin-only frame); every other address is never framed;
 * - the host script `/embed.js` is loaded by other sites: CORP `cross-origin`;
 * - hashed files are cached for a year, everything else revalidated;
 * - /rules.json and its schema may be fetched by other sites (CORS).
 */
import { LOCALES } from '../../src/i18n/locales.ts';
import { EMBED_SEGMENT, isEmbedPath } from '../../src/routing/embed-pages.ts';

/** The host script's address (src/components/embed/embed-snippet.ts names it in the snippet). */
export const HOST_SCRIPT = '/embed.js';

/** What a header <meta> cannot say, plus what holds for every response; never a fetch directive (ADR 0004). */
const policyWith = (ancestors: string) => `frame-ancestors ${ancestors}; base-uri 'self'; form-action 'self'; object-src 'none'`;

/** The same on every response. */
export const EVERY_RESPONSE: Readonly<Record<string, string>> = {
  'Referrer-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
};

/** Never framed, only read by this site's own pages: the default. */
export const NOT_FRAMED: Readonly<Record<string, string>> = {
  'Content-Security-Policy': policyWith("'none'"),
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** The embed pages: any site may frame them (`*`: any http or https origin). No X-Frame-Options: it cannot say "any". */
export const FRAMED_BY_ANYONE: Readonly<Record<string, string>> = {
  'Content-Security-Policy': policyWith('*'),
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

const YEAR = 'public, max-age=31536000, immutable';
/** Hashed names, in the _headers file's path patterns (nginx: its cache map). */
const IMMUTABLE_PATTERNS = ['/_astro/*', '/pagefind/index/*', '/pagefind/fragment/*', '/pagefind/*.pf_meta'];
const isImmutable = (path: string) =>
  /^\/_astro\//.test(path) || /^\/pagefind\/(?:index|fragment)\//.test(path) || /^\/pagefind\/pagefind\.[^/]+\.pf_meta$/.test(path);
const SHARED_DATA = ['/rules.json', '/rules.schema.json'];

/** Every header the site asks for on a response to `path` (names as the _headers file writes them). */
export function headersFor(path: string): Record<string, string> {
  const framing = isEmbedPath(path) ? FRAMED_BY_ANYONE : NOT_FRAMED;
  return {
    ...EVERY_RESPONSE,
    ...framing,
    ...(path === HOST_SCRIPT ? { 'Cross-Origin-Resource-Policy': 'cross-origin' } : {}),
    'Cache-Control': isImmutable(path) ? YEAR : 'no-cache',
    ...(SHARED_DATA.includes(path) ? { 'Access-Control-Allow-Origin': '*' } : {}),
  };
}

/** One rule of the _headers file: a path pattern, the inherited headers it drops (`! Name`), and its own. */
export interface HeaderRule {
  readonly pattern: string;
  readonly detach: readonly string[];
  readonly set: Readonly<Record<string, string>>;
}

/** A rule that replaces what the broader rules above set for these headers. */
const replacing = (pattern: string, set: Readonly<Record<string, string>>, drop: readonly string[] = Object.keys(set)): HeaderRule => ({ pattern, detach: drop, set });

export const HEADER_RULES: readonly HeaderRule[] = [
  { pattern: '/*', detach: [], set: { ...EVERY_RESPONSE, ...NOT_FRAMED, 'Cache-Control': 'no-cache' } },
  ...IMMUTABLE_PATTERNS.map((pattern) => replacing(pattern, { 'Cache-Control': YEAR })),
  ...LOCALES.map((locale) => replacing(`/${locale}/${EMBED_SEGMENT}/*`, FRAMED_BY_ANYONE, Object.keys(NOT_FRAMED))),
  replacing(HOST_SCRIPT, { 'Cross-Origin-Resource-Policy': 'cross-origin' }),
  ...SHARED_DATA.map((pattern) => ({ pattern, detach: [], set: { 'Access-Control-Allow-Origin': '*' } })),
];

/**
 * The `_headers` file in Cloudflare Pages' format: every rule whose pattern
 * matches applies, in order, and `! Name` drops a header a broader rule set,
 * so a later rule replaces it instead of adding a second value (two CSP
 * headers would both apply, and `'none'` would win).
 */
export function headersFile(): string {
  const lines = [
    '# Response headers for static hosts that read a _headers file (Cloudflare Pages format).',
    '# Written from deploy/headers/site-headers.ts; the nginx example sends the same.',
    '# Netlify applies the last matching rule for a header by itself and does not know',
    "# the '! Name' lines: remove them there.",
  ];
  for (const rule of HEADER_RULES) {
    lines.push(rule.pattern);
    for (const name of rule.detach) lines.push(`  ! ${name}`);
    for (const [name, value] of Object.entries(rule.set)) lines.push(`  ${name}: ${value}`);
  }
  return `${lines.join('\n')}\n`;
}
