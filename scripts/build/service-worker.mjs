#!/usr/bin/env node
/**
 * The last build step (after Pagefind, whose files it lists): writes the
 * offline service worker, `<dist>/sw.js`, with Workbox's generateSW, and
 * `<dist>/offline.json`, the list the workshop page checks the cache against.
 *
 * - Precached: every file the build wrote (both languages' pages, /_astro/,
 *   Pagefind's files, icons, manifests, rules.json), except sw.js itself and
 *   the files only crawlers read. Revisions are Workbox's content hashes;
 *   files whose names carry a hash already are not cache-busted again.
 * - The cache's name carries a hash of the whole precache list, so a build
 *   that changes any file gets a new cache, and the new worker deletes the
 *   old one when it takes over (cleanupOutdatedCaches): never a mix.
 * - The new worker waits until no tab uses the old one (no skipWaiting), so a
 *   presenter's open pages keep one version; the workshop page offers to
 *   switch at once (Workbox's SKIP_WAITING message).
 * - Query strings are ignored when matching: every page is a static file,
 *   and the widgets' answers (`?c-…`) and Pagefind's `?ts=` must not miss.
 *
 * Usage: node scripts/build/service-worker.mjs <dist>   (npm run build does it)
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateSW, getManifest } from 'workbox-build';

export const SERVICE_WORKER_FILE = 'sw.js';
export const OFFLINE_LIST_FILE = 'offline.json';

/** What is precached, relative to the built folder. */
const GLOB = {
  globPatterns: ['**/*'],
  // _headers is read by static hosts and never served (a precache entry that 404s would stop the worker's install).
  globIgnores: [SERVICE_WORKER_FILE, 'robots.txt', 'sitemap.xml', '_headers'],
  // Hashed names (Vite's assets, Pagefind's index, fragments and metadata) are their own revision.
  dontCacheBustURLsMatching: /^(?:_astro\/|pagefind\/(?:index|fragment)\/|pagefind\/pagefind\.[^/]+\.pf_meta$)/,
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
};

/** A short hash of the precache list (each file's URL and content revision). */
function listHash(entries) {
  const lines = entries.map((e) => `${e.url} ${e.revision ?? ''}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 12);
}

/**
 * Writes offline.json and sw.js into `dist`; returns what it wrote.
 * @param {string} dist
 */
export async function buildServiceWorker(dist) {
  const globDirectory = resolve(dist);
  const listed = await getManifest({ globDirectory, ...GLOB, globIgnores: [...GLOB.globIgnores, OFFLINE_LIST_FILE] });
  if (listed.warnings.length > 0) throw new Error(`service worker: ${listed.warnings.join('; ')}`);
  const cacheId = `atlasguiden-${listHash(listed.manifestEntries)}`;
  const files = listed.manifestEntries.map((e) => `/${e.url}`).sort();
  writeFileSync(join(globDirectory, OFFLINE_LIST_FILE), `${JSON.stringify({ cacheId, files }, null, 2)}\n`);

  const { count, size, warnings } = await generateSW({
    globDirectory,
    ...GLOB,
    swDest: join(globDirectory, SERVICE_WORKER_FILE),
    cacheId,
    cleanupOutdatedCaches: true,
    skipWaiting: false,
    clientsClaim: false,
    ignoreURLParametersMatching: [/./],
    directoryIndex: 'index.html',
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
  });
  if (warnings.length > 0) throw new Error(`service worker: ${warnings.join('; ')}`);
  // The worker precaches the list plus the list itself.
  if (count !== files.length + 1) throw new Error(`service worker: ${count} files precached, but offline.json lists ${files.length} (+ itself)`);
  return { cacheId, count, size };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = process.argv[2];
  if (!dist) {
    console.error('usage: node scripts/build/service-worker.mjs <dist>');
    process.exit(2);
  }
  const { cacheId, count, size } = await buildServiceWorker(dist);
  console.log(`service-worker: ${SERVICE_WORKER_FILE} precaches ${count} files (${(size / 1000).toFixed(0)} kB) as ${cacheId}`);
}
