/**
 * What the offline service worker precaches (ADR 0009), read from the built
 * folder: sw.js exists, and offline.json — the list the workshop page checks
 * the cache against, written by the same build step from the same glob —
 * holds every page of both languages, every /_astro/ asset, every Pagefind
 * file of both languages' search, the icons and both manifests; nothing it
 * lists is missing from the build; the cache name carries a content hash.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from 'vitest';
import { builtPages } from '../support/built-site.ts';
import { DIST } from '../support/dist.ts';

const list = JSON.parse(readFileSync(join(DIST, 'offline.json'), 'utf8')) as { cacheId: string; files: string[] };
const listed = new Set(list.files);
const filesUnder = (dir: string): string[] =>
  readdirSync(join(DIST, dir)).flatMap((name) => {
    const path = join(DIST, dir, name);
    return statSync(path).isDirectory() ? filesUnder(join(dir, name)) : [`/${relative(DIST, path).split(sep).join('/')}`];
  });
const unlisted = (files: string[]) => files.filter((f) => !listed.has(f));

test('the worker and its list are built', () => {
  expect(existsSync(join(DIST, 'sw.js'))).toBe(true);
  expect(list.files.length).toBeGreaterThan(50);
});

test('the cache name carries a hash of the build’s content', () => {
  expect(list.cacheId).toMatch(/^atlasguiden-[0-9a-f]{12}$/);
});

test('every page of both languages is listed', () => {
  const pages = builtPages().map((p) => `/${p.file}`);
  expect(pages.some((p) => p.startsWith('/sv/')) && pages.some((p) => p.startsWith('/en/'))).toBe(true);
  expect(unlisted(pages)).toEqual([]);
});

test('every built asset and every Pagefind file is listed', () => {
  expect(unlisted(filesUnder('_astro'))).toEqual([]);
  const pagefind = filesUnder('pagefind');
  for (const lang of ['sv', 'en']) expect(pagefind.some((f) => f.includes(`/fragment/${lang}_`)), lang).toBe(true);
  expect(unlisted(pagefind)).toEqual([]);
});

test('the icons and both manifests are listed', () => {
  expect(unlisted([...filesUnder('icons'), '/sv/manifest.webmanifest', '/en/manifest.webmanifest'])).toEqual([]);
});

test('everything listed exists, and the worker does not list itself', () => {
  expect(list.files.filter((f) => !existsSync(join(DIST, f)))).toEqual([]);
  expect(listed.has('/sw.js')).toBe(false);
});
