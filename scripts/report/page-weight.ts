/**
 * What one built page makes a reader download before they do anything: its
 * HTML, its stylesheets, and all the JavaScript it references — script tags,
 * module preloads, Astro islands' component-url / renderer-url /
 * before-hydration-url, inline scripts — followed transitively through the
 * static `import` statements of the built files. Modules reached only through
 * `import("…")` load later (on use) and are counted apart as `lazyJs`.
 *
 * Read from the built folder, not from a server, so the budget tests need no
 * browser and no timing. gzip is zlib level 6, as deploy/nginx sends it.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Window } from 'happy-dom';

export interface Bytes {
  raw: number;
  gzip: number;
}
export interface Asset extends Bytes {
  /** Site path (`/_astro/x.js`) or `inline script #n` / `inline style #n`. */
  url: string;
}
export interface AssetGroup extends Bytes {
  files: Asset[];
}
export interface PageWeight {
  html: Bytes;
  css: AssetGroup;
  js: AssetGroup;
  /** Reachable only through dynamic import(): fetched when used, not on load. */
  lazyJs: AssetGroup;
  /** Referenced site paths with no file behind them. */
  missing: string[];
  /** References that leave the site (should never happen: no third parties). */
  external: string[];
}

export const gzipSize = (data: string | Buffer): number => gzipSync(data, { level: 6 }).length;
const bytesOf = (data: string | Buffer): Bytes => ({ raw: Buffer.byteLength(data), gzip: gzipSize(data) });

const ORIGIN = 'http://site.invalid';
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

const parser = new new Window().DOMParser();
export const parseHtml = (html: string): Document => parser.parseFromString(html, 'text/html') as unknown as Document;

/**
 * Import specifiers in built (Rollup/esbuild-minified) JavaScript. Static:
 * `import{a as b}from"./x.js"`, `import"./x.js"`, `export{c}from"./x.js"` at
 * the start of a statement (also right after a comment: Vite writes
 * an "empty css" block comment before import…). Dynamic: `import("./x.js")` with a literal.
 */
const STATIC_IMPORT = /(?:^|[;}\n]|\*\/)\s*(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'`]([^"'`\n]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["'`]([^"'`\n]+)["'`]\s*\)/g;

export function importsOf(code: string): { static: string[]; dynamic: string[] } {
  return {
    static: [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]!),
    dynamic: [...code.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]!),
  };
}

/** The built file behind a site path, or undefined. */
function fileFor(dist: string, sitePath: string): string | undefined {
  const full = join(dist, decodeURIComponent(sitePath));
  try {
    return statSync(full).isFile() ? full : undefined;
  } catch {
    return undefined;
  }
}

export function pageWeight(dist: string, pageUrl: string, html: string, doc: Document = parseHtml(html)): PageWeight {
  const missing = new Set<string>();
  const external = new Set<string>();
  const base = new URL(pageUrl, ORIGIN);

  /** A reference as a site path, or undefined when it leaves the site. */
  const sitePath = (ref: string, from: URL): string | undefined => {
    const url = new URL(ref, from);
    if (url.origin !== ORIGIN) {
      external.add(ref);
      return undefined;
    }
    return url.pathname;
  };

  const asset = (path: string): Asset | undefined => {
    const file = fileFor(dist, path);
    if (!file) {
      missing.add(path);
      return undefined;
    }
    return { url: path, ...bytesOf(readFileSync(file)) };
  };

  // Stylesheets: linked files plus any inline <style>.
  const css: Asset[] = [];
  for (const link of doc.querySelectorAll('link[rel~="stylesheet"][href]')) {
    const path = sitePath(link.getAttribute('href')!, base);
    const a = path === undefined ? undefined : asset(path);
    if (a) css.push(a);
  }
  doc.querySelectorAll('style').forEach((style, i) => css.push({ url: `inline style #${i + 1}`, ...bytesOf(style.textContent ?? '') }));

  // JavaScript roots.
  const roots: string[] = [];
  const inline: { url: string; code: string }[] = [];
  for (const script of doc.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (!EXECUTABLE_TYPES.has(type)) continue;
    const src = script.getAttribute('src');
    if (src !== null) roots.push(src);
    else inline.push({ url: `inline script #${inline.length + 1}`, code: script.textContent ?? '' });
  }
  for (const link of doc.querySelectorAll('link[rel~="modulepreload"][href]')) roots.push(link.getAttribute('href')!);
  for (const island of doc.querySelectorAll('astro-island')) {
    for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const value = island.getAttribute(attr);
      if (value) roots.push(value);
    }
  }

  const eager = new Map<string, Asset>();
  const lazyRoots: { ref: string; from: URL }[] = [];
  const visit = (path: string, into: Map<string, Asset>, skip: Map<string, Asset>) => {
    if (into.has(path) || skip.has(path)) return;
    const a = asset(path);
    if (!a) return;
    into.set(path, a);
    const code = readFileSync(fileFor(dist, path)!, 'utf8');
    const from = new URL(path, ORIGIN);
    const found = importsOf(code);
    for (const spec of found.static) {
      const next = sitePath(spec, from);
      if (next !== undefined) visit(next, into, skip);
    }
    for (const spec of found.dynamic) lazyRoots.push({ ref: spec, from });
  };

  for (const ref of roots) {
    const path = sitePath(ref, base);
    if (path !== undefined) visit(path, eager, new Map());
  }
  for (const { code } of inline) {
    const found = importsOf(code);
    for (const spec of found.static) {
      const path = sitePath(spec, base);
      if (path !== undefined) visit(path, eager, new Map());
    }
    for (const spec of found.dynamic) lazyRoots.push({ ref: spec, from: base });
  }

  const lazy = new Map<string, Asset>();
  // lazyRoots grows while we walk it: modules found lazily may import more lazily.
  for (let i = 0; i < lazyRoots.length; i++) {
    const { ref, from } = lazyRoots[i]!;
    const path = sitePath(ref, from);
    if (path !== undefined) visit(path, lazy, eager);
  }

  const jsFiles = [...inline.map(({ url, code }) => ({ url, ...bytesOf(code) })), ...eager.values()];
  return {
    html: bytesOf(html),
    css: group(css),
    js: group(jsFiles),
    lazyJs: group([...lazy.values()]),
    missing: [...missing],
    external: [...external],
  };
}

function group(files: Asset[]): AssetGroup {
  return {
    files,
    raw: files.reduce((n, f) => n + f.raw, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
  };
}
