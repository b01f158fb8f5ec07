/**
 * The built site as the site tests read it: every HTML page in DIST (Pagefind's
 * own folder aside) with its URL and parsed document. Parsed once per test file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Window } from 'happy-dom';
import { isNotFoundUrl } from '../../src/routing/not-found.ts';
import { DIST } from './dist.ts';

export interface BuiltPage {
  /** Path below DIST, with forward slashes: `sv/ekonomi-och-schabloner/index.html`. */
  readonly file: string;
  /** Site-relative URL: `/sv/ekonomi-och-schabloner/`, `/`, `/404.html`. */
  readonly url: string;
  readonly html: string;
  readonly doc: Document;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' && dir === DIST ? [] : walk(full);
    return [full];
  });
}

export const fileToUrl = (file: string): string =>
  file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;

const window = new Window();
export const parseHtml = (html: string): Document =>
  new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;

let cache: BuiltPage[] | undefined;

export function builtPages(): BuiltPage[] {
  cache ??= walk(DIST)
    .filter((f) => f.endsWith('.html'))
    .map((full) => {
      const file = relative(DIST, full).split(sep).join('/');
      const html = readFileSync(full, 'utf8');
      return { file, url: fileToUrl(file), html, doc: parseHtml(html) };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
  return cache;
}

/** Pages that stand for a language's content (everything but `/` and the 404 pages). */
export const languagePages = (): BuiltPage[] => builtPages().filter((p) => p.url !== '/' && !isNotFoundUrl(p.url));

/** The built file a site path is served from, or undefined: `/sv/` → `sv/index.html`. */
export function resolveSitePath(path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '');
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  for (const c of candidates) {
    const full = join(DIST, c);
    try {
      if (statSync(full).isFile()) return relative(DIST, full).split(sep).join('/');
    } catch {
      // not this one
    }
  }
  return undefined;
}

export const pageByUrl = (url: string): BuiltPage | undefined => builtPages().find((p) => p.url === url);

/** The site's origin as the build wrote it into canonical links. */
export function siteOrigin(): string {
  const home = pageByUrl('/');
  const canonical = home?.doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!canonical) throw new Error('The start page has no canonical link to learn the site origin from');
  return new URL(canonical).origin;
}
