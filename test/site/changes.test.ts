/**
 * The changes page and its Atom feed, in both languages: the feed is
 * well-formed XML (fast-xml-parser's validator) and has what RFC 4287 asks of
 * a feed and of each entry; every entry is one day of the rules module's
 * changelog and links to that day's section of the page; the page and the
 * feed say the same days; the page is linked from the footer and the rules
 * page, and names its feed in <head>.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { changelog } from '../../src/rules/index.ts';
import { builtPages, pageByUrl, siteOrigin } from '../support/built-site.ts';
import { DIST } from '../support/dist.ts';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link'].includes(name) });
const days = changelog().entries.map((e) => e.date);

type Link = { '@rel'?: string; '@href': string; '@type'?: string };
interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  link: Link[];
  content: { '#text': string; '@type': string };
}
interface AtomFeed {
  '@xmlns': string;
  '@xml:lang': string;
  id: string;
  title: string;
  updated: string;
  author: { name: string };
  link: Link[];
  entry?: AtomEntry[];
}

test('the rules module has dated changes to show (today: the flat rates of 2026 among them)', () => {
  expect(days).toContain('2026-01-01');
});

describe.each([
  ['sv', '/sv/andringar/', 'sv/andringar.atom'],
  ['en', '/en/changes/', 'en/changes.atom'],
])('%s', (lang, url, feedFile) => {
  const xml = readFileSync(join(DIST, feedFile), 'utf8');
  const page = pageByUrl(url);
  const origin = siteOrigin();

  test('the feed is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(XMLValidator.validate(xml.replace('</feed>', ''))).not.toBe(true);
  });

  const feed = (parser.parse(xml) as { feed: AtomFeed }).feed;

  test('the feed has what RFC 4287 asks of a feed', () => {
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed['@xml:lang']).toBe(lang);
    expect(feed.id).toBe(`${origin}${url}`);
    expect(feed.title.length).toBeGreaterThan(3);
    expect(feed.updated).toMatch(RFC3339);
    expect(feed.author.name.length).toBeGreaterThan(0);
    expect(feed.link.find((l) => l['@rel'] === 'self')?.['@href']).toBe(`${origin}/${feedFile}`);
    expect(feed.link.find((l) => l['@rel'] === 'alternate')?.['@href']).toBe(`${origin}${url}`);
  });

  test('one entry per day of change, newest first, each complete and linked to its section of the page', () => {
    const entries = feed.entry ?? [];
    expect(entries.map((e) => /#change-(\d{4}-\d{2}-\d{2})$/.exec(e.id)?.[1])).toEqual(days);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const entry of entries) {
      expect(entry.title.length).toBeGreaterThan(5);
      expect(entry.updated).toMatch(RFC3339);
      expect(entry.updated <= feed.updated, 'the feed is as new as its newest entry').toBe(true);
      expect(entry.content['@type']).toBe('text');
      expect(entry.content['#text'].length).toBeGreaterThan(20);
      const href = entry.link.find((l) => (l['@rel'] ?? 'alternate') === 'alternate')!['@href'];
      const target = new URL(href);
      expect(target.pathname).toBe(url);
      expect(page!.doc.getElementById(target.hash.slice(1)), href).not.toBeNull();
    }
  });

  test('the page shows the same days, each change with the periods it affects', () => {
    expect(page).toBeDefined();
    const sections = [...page!.doc.querySelectorAll('[data-change-date]')];
    expect(sections.map((s) => s.getAttribute('data-change-date'))).toEqual(days);
    for (const section of sections) {
      const changes = section.querySelectorAll('[data-change-parameter]');
      expect(changes.length).toBeGreaterThan(0);
      for (const change of changes) expect(change.querySelector('[data-period-from]')?.getAttribute('data-period-from')).toBe(section.getAttribute('data-change-date'));
    }
  });

  test('the page names its feed in <head> and links to it', () => {
    const link = page!.doc.querySelector('head link[rel="alternate"][type="application/atom+xml"]');
    expect(link?.getAttribute('href')).toBe(`/${feedFile}`);
    expect(page!.doc.querySelector(`main a[href="/${feedFile}"]`)).not.toBeNull();
  });
});

test('every page’s footer and the rules pages link to the changes page of their language', () => {
  for (const page of builtPages().filter((p) => /^\/(sv|en)\//.test(p.url) && !p.url.includes('/404/'))) {
    const target = page.url.startsWith('/sv/') ? '/sv/andringar/' : '/en/changes/';
    expect(page.doc.querySelector(`footer a[href="${target}"]`), page.url).not.toBeNull();
  }
  expect(pageByUrl('/sv/regler-och-kallor/')!.doc.querySelector('main a[href="/sv/andringar/"]')).not.toBeNull();
  expect(pageByUrl('/en/rules-and-sources/')!.doc.querySelector('main a[href="/en/changes/"]')).not.toBeNull();
});
