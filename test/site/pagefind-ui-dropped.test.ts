/**
 * The build removes Pagefind's UI bundles (scripts/drop-pagefind-ui.mjs): the
 * site searches through Pagefind's JS API, so they are gone from the built
 * folder, nothing names them, and what the search does load is still there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { UI_FILE } from '../../scripts/drop-pagefind-ui.mjs';
import { builtPages } from '../support/built-site.ts';
import { DIST } from '../support/dist.ts';

const bundle = join(DIST, 'pagefind');

test('no Pagefind UI file is left in the built folder', () => {
  expect(readdirSync(bundle).filter((name) => UI_FILE.test(name))).toEqual([]);
  // The pattern still knows the names Pagefind writes, so the test above can fail.
  for (const name of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js']) {
    expect(UI_FILE.test(name), name).toBe(true);
  }
});

test('no page names a Pagefind UI file', () => {
  for (const page of builtPages()) expect(page.html, page.url).not.toMatch(/pagefind-(?:ui|modular-ui|component-ui|highlight)\./);
});

test('what the search loads is still there: the API, its worker, the entry, one index per language', () => {
  for (const name of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']) expect(existsSync(join(bundle, name)), name).toBe(true);
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm?: string }> };
  for (const [lang, { wasm }] of Object.entries(entry.languages)) {
    if (wasm) expect(existsSync(join(bundle, `wasm.${wasm}.pagefind`)), lang).toBe(true);
  }
});
