#!/usr/bin/env node
/**
 * After `pagefind --site <dir>`: removes the UI bundles Pagefind writes beside
 * its search API (the default UI, the modular UI, the web-component UI and the
 * result-page highlighter). The site searches through Pagefind's JS API
 * (src/components/search/search-client.ts) with its own markup, so no page
 * loads them; left in place they would only be deployed and cached for
 * nothing. Pagefind 1.6 has no option to skip writing them.
 *
 * Refuses (exit 1) to delete a file that a built page or a remaining Pagefind
 * file names, so starting to use one of these bundles cannot break quietly.
 *
 *   node scripts/drop-pagefind-ui.mjs [site folder, default dist]
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Pagefind's UI files, by name: pagefind-ui.js, pagefind-modular-ui.css, … */
export const UI_FILE = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/** Every .html, .js and .css file below `dir` except those in `skip`. */
function textFiles(dir, skip) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (skip.has(full)) return [];
    if (statSync(full).isDirectory()) return textFiles(full, skip);
    return /\.(?:html|js|css)$/.test(name) ? [full] : [];
  });
}

export function dropPagefindUi(site) {
  const bundle = join(site, 'pagefind');
  const ui = readdirSync(bundle)
    .filter((name) => UI_FILE.test(name))
    .map((name) => join(bundle, name));
  const others = textFiles(site, new Set(ui));
  for (const file of ui) {
    const name = file.slice(bundle.length + 1);
    const user = others.find((other) => readFileSync(other, 'utf8').includes(name));
    if (user) throw new Error(`${relative(site, user)} uses ${name}; not removing Pagefind's UI files`);
  }
  const bytes = ui.reduce((sum, file) => sum + statSync(file).size, 0);
  for (const file of ui) rmSync(file);
  return { removed: ui.map((file) => relative(site, file)), bytes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const site = process.argv[2] ?? 'dist';
  try {
    const { removed, bytes } = dropPagefindUi(site);
    console.log(`drop-pagefind-ui: removed ${removed.length} unused UI files (${(bytes / 1000).toFixed(0)} kB) from ${join(site, 'pagefind')}`);
  } catch (error) {
    console.error(`drop-pagefind-ui: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
