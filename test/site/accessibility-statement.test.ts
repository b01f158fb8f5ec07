/**
 * The accessibility statement the law on accessibility to digital public
 * services (DOS-lagen) expects: a page in each language, linked from the footer
 * of every page in that language, that states the conformance level against
 * the law's standard, how the site is tested, its known gaps, how to report a
 * problem (a mail address, no form that sends data anywhere) and the
 * supervisory body.
 */
import { describe, expect, test } from 'vitest';
import { DIGG_URL, REPORT_ADDRESS } from '../../src/components/accessibility/statement.ts';
import { builtPages, pageByUrl } from '../support/built-site.ts';

const STATEMENTS = { sv: '/sv/tillganglighet/', en: '/en/accessibility/' } as const;

describe.each(Object.entries(STATEMENTS))('%s', (locale, url) => {
  const page = pageByUrl(url);
  const text = (page?.doc.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');

  test('exists in its language, with one h1 and headings in order', () => {
    expect(page).toBeDefined();
    expect(page!.doc.documentElement.getAttribute('lang')).toBe(locale);
    expect(page!.doc.querySelectorAll('main h1')).toHaveLength(1);
    const levels = [...page!.doc.querySelectorAll('main h1, main h2, main h3')].map((h) => Number(h.tagName[1]));
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });

  test('states the level it is built to and the level the law requires', () => {
    expect(text).toContain('WCAG 2.2');
    expect(text).toContain('WCAG 2.1');
    expect(text).toContain('EN 301 549');
    expect(page!.doc.querySelector('[data-accessibility-statement]')).not.toBeNull();
  });

  test('says how to report a problem: a mail address, and no form', () => {
    const mail = [...page!.doc.querySelectorAll('main a[href^="mailto:"]')].map((a) => a.getAttribute('href'));
    expect(mail.length).toBeGreaterThan(0);
    for (const href of mail) expect(href).toMatch(new RegExp(`^mailto:${REPORT_ADDRESS.replace('.', '\\.')}(\\?|$)`));
    expect(page!.doc.querySelectorAll('main form')).toHaveLength(0);
  });

  test('names the supervisory body and links to it', () => {
    expect(text).toContain('Myndigheten för digital förvaltning');
    expect(text).toContain('Digg');
    expect(page!.doc.querySelector(`main a[href="${DIGG_URL}"]`)).not.toBeNull();
  });

  test('is linked from the footer of every page in its language', () => {
    const pages = builtPages().filter((p) => p.url.startsWith(`/${locale}/`));
    expect(pages.length).toBeGreaterThan(10);
    const without = pages.filter((p) => !p.doc.querySelector(`footer a[href="${url}"]`)).map((p) => p.url);
    expect(without).toEqual([]);
  });
});

test('the language chooser at / links to both statements from its footer', () => {
  const home = pageByUrl('/');
  for (const url of Object.values(STATEMENTS)) expect(home?.doc.querySelector(`footer a[href="${url}"]`), url).not.toBeNull();
});
