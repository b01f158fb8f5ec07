/**
 * Which kind of page a built page is, read from the page itself and from the
 * route registry's extra pages, so the report and the budget tests grow with
 * the site: a new guidance page is a reading page, a page with an
 * <astro-island> (or the page tools' script) is a widget page, a new extra
 * page keeps its registry key.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { EXTRA_PAGES } from '../../src/routing/extra-pages.ts';
import { isNotFoundUrl, SHARED_NOT_FOUND_URL } from '../../src/routing/not-found.ts';

export type PageKind = 'start' | 'not-found' | 'home' | 'reading' | 'widget' | 'search' | 'rules' | `extra:${string}`;

export interface PageInfo {
  /** Site path: `/`, `/sv/`, `/404.html`. */
  url: string;
  /** Path of the HTML file below the built folder. */
  file: string;
  kind: PageKind;
  /** `sv`, `en`, or `sv+en` for the two bilingual pages (start and 404). */
  lang: string;
  /** Widget names on the page, from each island's `opts.name` (file name as fallback). */
  widgets: string[];
}

const KIND_BY_EXTRA_KEY: Record<string, PageKind> = { search: 'search', 'rules-and-sources': 'rules' };

export function widgetNames(doc: Document): string[] {
  const names = [...doc.querySelectorAll('astro-island')].map((island) => {
    try {
      const opts = JSON.parse(island.getAttribute('opts') ?? '{}') as { name?: unknown };
      if (typeof opts.name === 'string' && opts.name) return opts.name;
    } catch {
      // fall through to the file name
    }
    const url = island.getAttribute('component-url') ?? '';
    return url.split('/').pop()?.split('.')[0] ?? 'island';
  });
  // The page tools (theme and presenter toggles) are a plain bundled script, not an island, but a page that
  // carries them runs JavaScript like a widget page and is held to the same budget.
  if (doc.querySelector('[data-page-tools]')) names.push('PageTools');
  return [...new Set(names)].sort();
}

export function classifyPage(url: string, file: string, doc: Document): PageInfo {
  const widgets = widgetNames(doc);
  const lang = doc.documentElement.getAttribute('lang') ?? '';
  const base = { url, file, widgets };
  if (url === '/') return { ...base, kind: 'start', lang: 'sv+en' };
  if (isNotFoundUrl(url)) return { ...base, kind: 'not-found', lang: url === SHARED_NOT_FOUND_URL ? 'sv+en' : lang };
  if (widgets.length > 0) return { ...base, kind: 'widget', lang };
  const extra = EXTRA_PAGES.find((p) => Object.entries(p.slugs).some(([l, slug]) => url === `/${l}/${slug}/`));
  if (extra) return { ...base, kind: KIND_BY_EXTRA_KEY[extra.key] ?? `extra:${extra.key}`, lang };
  if (/^\/[a-z]{2}\/$/.test(url)) return { ...base, kind: 'home', lang };
  return { ...base, kind: 'reading', lang };
}

/** Every HTML file in the built folder (Pagefind's folder aside) as a site path. */
export function listHtmlFiles(dist: string): { url: string; file: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return dir === dist && name === 'pagefind' ? [] : walk(full);
      return name.endsWith('.html') ? [full] : [];
    });
  return walk(dist)
    .map((full) => relative(dist, full).split(sep).join('/'))
    .map((file) => ({
      file,
      url: file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`,
    }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

export const readPage = (dist: string, file: string): string => readFileSync(join(dist, file), 'utf8');

/** A short label for a kind: `widget: CoFinancingCalculator`, `reading`, … */
export const kindLabel = (page: PageInfo): string => (page.kind === 'widget' ? `widget: ${page.widgets.join(' + ')}` : page.kind);
