/**
 * Offline: the built site works from a laptop with no network. No page makes
 * the browser fetch anything from another host — only plain `<a href>` links
 * may point elsewhere (a reader follows them by choice). Checked over the
 * built folder:
 * - every URL-bearing attribute except `a[href]` (scripts, stylesheets and
 *   other links, images, media, frames, objects, forms, SVG references, base,
 *   meta refresh) stays on the site; canonical and hreflang links may name the
 *   site's own public address (they are never fetched);
 * - every stylesheet a page uses (files and inline styles) fetches nothing
 *   from elsewhere (`url()`, `@import`, fonts);
 * - every script a page loads, up front or on use, imports only from the site
 *   and names no other host except XML namespaces and plain-link targets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pageWeight } from '../../scripts/report/page-weight.ts';
import { ADMINISTRATOR_URL } from '../../src/components/shell/administrator.ts';
import { builtPages, siteOrigin } from '../support/built-site.ts';
import { DIST } from '../support/dist.ts';

const LOCAL = 'http://site.invalid';
const pages = builtPages();
const publicOrigin = siteOrigin();

/** Whether `ref`, seen on page `url`, would be fetched from this site. */
const staysLocal = (ref: string, url: string): boolean => {
  const trimmed = ref.trim();
  if (trimmed === '' || trimmed.startsWith('#') || /^data:/i.test(trimmed)) return true;
  try {
    return new URL(trimmed, new URL(url, LOCAL)).origin === LOCAL;
  } catch {
    return false;
  }
};

/** [selector, attribute] pairs that make a browser fetch (or navigate a frame or a form). */
const FETCHING: readonly (readonly [string, string])[] = [
  ['script[src]', 'src'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['img[srcset]', 'srcset'],
  ['source[src]', 'src'],
  ['source[srcset]', 'srcset'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['iframe[src]', 'src'],
  ['frame[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['form[action]', 'action'],
  ['button[formaction]', 'formaction'],
  ['input[formaction]', 'formaction'],
  ['input[src]', 'src'],
  ['image[href]', 'href'],
  ['use[href]', 'href'],
  ['base[href]', 'href'],
];

/** Links the browser does not fetch, which may name the site's public address: canonical and hreflang alternates. */
const isAddressLink = (el: Element) => /\b(canonical|alternate)\b/.test(el.getAttribute('rel') ?? '');

const urlsIn = (attr: string, value: string): string[] =>
  attr === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];

describe('no page fetches from another host', () => {
  for (const page of pages) {
    test(page.url, () => {
      const offenders: string[] = [];
      for (const [selector, attr] of FETCHING) {
        for (const el of page.doc.querySelectorAll(selector)) {
          for (const ref of urlsIn(attr, el.getAttribute(attr) ?? '')) {
            if (staysLocal(ref, page.url)) continue;
            if (el.tagName.toLowerCase() === 'link' && isAddressLink(el) && new URL(ref).origin === publicOrigin) continue;
            offenders.push(`<${el.tagName.toLowerCase()} ${attr}="${ref}">`);
          }
        }
      }
      for (const el of page.doc.querySelectorAll('meta[http-equiv]')) {
        if ((el.getAttribute('http-equiv') ?? '').toLowerCase() !== 'refresh') continue;
        const target = /url\s*=\s*(.+)$/i.exec(el.getAttribute('content') ?? '')?.[1] ?? '';
        if (target && !staysLocal(target.replace(/^['"]|['"]$/g, ''), page.url)) offenders.push(`<meta refresh ${target}>`);
      }
      expect(offenders).toEqual([]);
    });
  }
});

/** `url(…)` and `@import` targets in a stylesheet. */
function cssReferences(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)].map((m) => m[2]!);
  const imports = [...css.matchAll(/@import\s+(['"])([^'"]+)\1/gi)].map((m) => m[2]!);
  return [...urls, ...imports];
}

describe('no stylesheet fetches from another host (images, imports, fonts)', () => {
  const sheets = new Map<string, string>();
  for (const page of pages) {
    for (const link of page.doc.querySelectorAll('link[rel~="stylesheet"][href]')) {
      const path = new URL(link.getAttribute('href')!, new URL(page.url, LOCAL)).pathname;
      if (!sheets.has(path)) sheets.set(path, readFileSync(join(DIST, path), 'utf8'));
    }
    page.doc.querySelectorAll('style').forEach((style, i) => sheets.set(`${page.url} <style> #${i + 1}`, style.textContent ?? ''));
  }

  test('the pages use stylesheets (the check has something to read)', () => {
    expect(sheets.size).toBeGreaterThan(0);
  });
  for (const [name, css] of sheets) {
    test(name, () => {
      expect(cssReferences(css).filter((ref) => !staysLocal(ref, '/'))).toEqual([]);
    });
  }
});

describe('no script a page loads reaches another host', () => {
  /** Absolute URLs a script may contain without fetching them: XML namespaces, and the one plain link a widget renders. */
  const HARMLESS = /^https?:\/\/www\.w3\.org\/|^https:\/\/www\.utbyten\.se\/$/;
  expect(ADMINISTRATOR_URL).toMatch(HARMLESS);

  const scripts = new Map<string, string>();
  const imports: string[] = [];
  for (const page of pages) {
    const weight = pageWeight(DIST, page.url, page.html, page.doc);
    imports.push(...weight.external.map((ref) => `${page.url} → ${ref}`));
    for (const file of [...weight.js.files, ...weight.lazyJs.files]) {
      if (file.url.startsWith('/')) scripts.set(file.url, readFileSync(join(DIST, file.url), 'utf8'));
    }
    page.doc.querySelectorAll('script:not([src])').forEach((s, i) => scripts.set(`${page.url} inline #${i + 1}`, s.textContent ?? ''));
  }

  test('every import stays on the site', () => {
    expect(scripts.size).toBeGreaterThan(0);
    expect(imports).toEqual([]);
  });
  for (const [name, code] of scripts) {
    test(name, () => {
      const hosts = [...code.matchAll(/(?:https?:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s"'`)]*/gi)]
        .map((m) => m[0])
        .filter((u) => /^(https?:)?\/\//i.test(u) && !HARMLESS.test(u));
      expect(hosts).toEqual([]);
    });
  }
});
