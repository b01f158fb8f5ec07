/**
 * The Content-Security-Policy each built page carries as a <meta> (written by
 * Astro's `security.csp`), read the way a browser would: one policy per page,
 * in <head> before anything it governs, each directive once, script and style
 * sources limited to 'self' and hashes, and every inline script and style the
 * page really contains listed by its hash. A page that breaks any of these
 * either runs less than it should (a console error) or more than it should.
 */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { builtPages } from '../support/built-site.ts';

type Policy = Map<string, string[]>;

/** Directives by name (lower-case) → source tokens; duplicates reported separately. */
function parsePolicy(text: string): { policy: Policy; duplicates: string[] } {
  const policy: Policy = new Map();
  const duplicates: string[] = [];
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    // A browser keeps the first occurrence and ignores the rest.
    if (policy.has(key)) duplicates.push(key);
    else policy.set(key, sources);
  }
  return { policy, duplicates };
}

const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/]+=*'$/;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
/** Directives a <meta> policy cannot carry: browsers ignore them there and log an error. */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'];
/** What may appear before the policy: nothing it would have to govern. */
const BEFORE_POLICY_OK = new Set(['meta', 'title', 'link:canonical', 'link:alternate', 'link:icon', 'link:manifest', 'link:sitemap', 'base']);

const pages = builtPages().map((p) => {
  const metas = [...p.doc.querySelectorAll('meta[http-equiv]')].filter((m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy');
  const meta = metas[0];
  return { ...p, metas, meta, ...parsePolicy(meta?.getAttribute('content') ?? '') };
});

test('there are pages to check', () => {
  expect(pages.length).toBeGreaterThan(5);
});

describe.each(pages)('$url', (page) => {
  test('has exactly one CSP <meta>, inside <head>', () => {
    expect(page.metas.length).toBe(1);
    expect(page.meta!.parentElement?.tagName.toLowerCase()).toBe('head');
  });

  test('the policy comes before every script, style and stylesheet', () => {
    const head = page.doc.head;
    const before: string[] = [];
    for (const el of head.children) {
      if (el === page.meta) break;
      const tag = el.tagName.toLowerCase();
      const id = tag === 'link' ? `link:${(el.getAttribute('rel') ?? '').toLowerCase()}` : tag;
      if (!BEFORE_POLICY_OK.has(id)) before.push(id);
    }
    expect(before).toEqual([]);
  });

  test('names each directive once, and none that only a header may carry', () => {
    expect(page.duplicates).toEqual([]);
    expect(HEADER_ONLY.filter((d) => page.policy.has(d))).toEqual([]);
  });

  test('locks down defaults, plugins, base URL and form targets', () => {
    expect(page.policy.get('default-src')).toEqual(["'self'"]);
    expect(page.policy.get('object-src')).toEqual(["'none'"]);
    expect(["'self'", "'none'"]).toContain(page.policy.get('base-uri')?.join(' '));
    expect(page.policy.get('form-action')).toEqual(["'self'"]);
  });

  test("script-src allows only 'self', hashes and (search only) WebAssembly: no unsafe-inline, no unsafe-eval", () => {
    const sources = page.policy.get('script-src');
    expect(sources).toBeDefined();
    expect(sources).toContain("'self'");
    const other = sources!.filter((s) => s !== "'self'" && s !== "'wasm-unsafe-eval'" && !HASH.test(s));
    expect(other).toEqual([]);
    expect(sources).not.toContain("'unsafe-inline'");
    expect(sources).not.toContain("'unsafe-eval'");
  });

  test("style-src allows only 'self' and hashes: no unsafe-inline", () => {
    const sources = page.policy.get('style-src');
    expect(sources).toBeDefined();
    expect(sources!.filter((s) => s !== "'self'" && !HASH.test(s))).toEqual([]);
  });

  test('every inline script and style on the page is allowed by its hash', () => {
    const scriptSources = new Set(page.policy.get('script-src') ?? []);
    const styleSources = new Set(page.policy.get('style-src') ?? []);
    const inlineScripts = [...page.doc.querySelectorAll('script:not([src])')].filter((s) =>
      EXECUTABLE_TYPES.has((s.getAttribute('type') ?? '').trim().toLowerCase()),
    );
    const unlisted = [
      ...inlineScripts.map((s) => ['script', sha256(s.textContent ?? '')] as const).filter(([, h]) => !scriptSources.has(h)),
      ...[...page.doc.querySelectorAll('style')].map((s) => ['style', sha256(s.textContent ?? '')] as const).filter(([, h]) => !styleSources.has(h)),
    ];
    expect(unlisted).toEqual([]);
  });
});
