/**
 * No broken internal link or #anchor anywhere in the built pages, and the only
 * addresses outside the site are the administrator's front page (the one
 * address of theirs we may use) and, on the accessibility statement only, the
 * supervisory body's front page and the mailbox for reporting a problem.
 */
import { expect, test } from 'vitest';
import { DIGG_URL, REPORT_ADDRESS } from '../../src/components/accessibility/statement.ts';
import { builtPages, pageByUrl, resolveSitePath, siteOrigin } from '../support/built-site.ts';

const ALLOWED_EXTERNAL = new Set(['https://www.utbyten.se/']);
const STATEMENT_PAGES = new Set(['/sv/tillganglighet/', '/en/accessibility/']);
const statementOnly = (href: string): boolean => href === DIGG_URL || href.startsWith(`mailto:${REPORT_ADDRESS}?`);
const origin = siteOrigin();

interface Link {
  from: string;
  href: string;
}

const links: Link[] = builtPages().flatMap((page) =>
  [...page.doc.querySelectorAll('a[href], link[href], form[action]')].map((el) => ({
    from: page.url,
    href: el.getAttribute('href') ?? el.getAttribute('action') ?? '',
  })),
);

function targetOf(link: Link): { path: string; hash: string } | 'external' {
  const url = new URL(link.href, `${origin}${link.from}`);
  if (url.origin !== origin) return 'external';
  return { path: url.pathname, hash: decodeURIComponent(url.hash.slice(1)) };
}

test('there are links to check', () => {
  expect(links.length).toBeGreaterThan(50);
});

test('every internal link and anchor resolves', () => {
  const broken: string[] = [];
  for (const link of links) {
    const target = targetOf(link);
    if (target === 'external') continue;
    const file = resolveSitePath(target.path);
    if (!file) {
      broken.push(`${link.from} → ${link.href} (no file)`);
      continue;
    }
    if (target.hash) {
      const page = pageByUrl(target.path) ?? pageByUrl(`${target.path}/`);
      if (!page?.doc.getElementById(target.hash)) broken.push(`${link.from} → ${link.href} (no #${target.hash})`);
    }
  }
  expect(broken).toEqual([]);
});

test('the only external address is the administrator’s front page', () => {
  const external = links.filter((l) => targetOf(l) === 'external');
  expect(external.length).toBeGreaterThan(0);
  const notAllowed = external.filter((l) => !ALLOWED_EXTERNAL.has(l.href) && !(STATEMENT_PAGES.has(l.from) && statementOnly(l.href)));
  expect([...new Set(notAllowed.map((l) => `${l.from} → ${l.href}`))]).toEqual([]);
});

test('no page loads anything from another host (scripts, styles, images, fonts)', () => {
  const offsite = builtPages().flatMap((page) =>
    [...page.doc.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="modulepreload"], img[src], source[src]')]
      .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
      .filter((src) => new URL(src, `${origin}/`).origin !== origin)
      .map((src) => `${page.url}: ${src}`),
  );
  expect(offsite).toEqual([]);
});
