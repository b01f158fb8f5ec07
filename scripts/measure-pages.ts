/**
 * Prints what each kind of built page ships: HTML, CSS and JS (raw and gzip),
 * JS fetched later on use, and Pagefind's files the search page loads on its
 * first query. `--build` builds first and prints the build time.
 *
 *   npx node scripts/measure-pages.ts [--build]      (reads ATLAS_OUT_DIR or dist/)
 *
 * Weights come from scripts/report/page-weight.ts (the same counting as the
 * budget tests); this script only groups and prints them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { classifyPage, kindLabel, listHtmlFiles, readPage } from './report/page-kinds.ts';
import { gzipSize, pageWeight, parseHtml } from './report/page-weight.ts';

const dist = resolve(process.env.ATLAS_OUT_DIR ?? 'dist');

if (process.argv.includes('--build')) {
  const start = performance.now();
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  console.log(`build (astro build + pagefind): ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
}
if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no built site: run npm run build (or pass --build)`);

const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
interface Row {
  label: string;
  pages: string[];
  html: [number, number];
  css: [number, number];
  js: [number, number];
  lazy: [number, number];
}
const rows = new Map<string, Row>();
for (const { url, file } of listHtmlFiles(dist)) {
  const html = readPage(dist, file);
  const doc = parseHtml(html);
  const info = classifyPage(url, file, doc);
  const w = pageWeight(dist, url, html, doc);
  const label = kindLabel(info);
  const row = rows.get(label) ?? { label, pages: [], html: [0, 0], css: [0, 0], js: [0, 0], lazy: [0, 0] };
  row.pages.push(url);
  // The heaviest page of its kind stands for the kind.
  const max = (a: [number, number], raw: number, gzip: number): [number, number] => [Math.max(a[0], raw), Math.max(a[1], gzip)];
  row.html = max(row.html, w.html.raw, w.html.gzip);
  row.css = max(row.css, w.css.raw, w.css.gzip);
  row.js = max(row.js, w.js.raw, w.js.gzip);
  row.lazy = max(row.lazy, w.lazyJs.raw, w.lazyJs.gzip);
  rows.set(label, row);
}

console.log(`Bytes per page kind (KB, heaviest page of each kind; raw / gzip) from ${dist}\n`);
console.log(`${'kind'.padEnd(40)} ${'pages'.padStart(5)}   HTML raw/gz     CSS raw/gz      JS raw/gz   JS on use raw/gz`);
for (const r of [...rows.values()].sort((a, b) => a.label.localeCompare(b.label))) {
  console.log(
    `${r.label.padEnd(40)} ${String(r.pages.length).padStart(5)}   ${kb(r.html[0])}/${kb(r.html[1])}  ${kb(r.css[0])}/${kb(r.css[1])}  ${kb(r.js[0])}/${kb(r.js[1])}  ${kb(r.lazy[0])}/${kb(r.lazy[1])}`,
  );
}

// Pagefind: fixed files the search page fetches for its first query (index chunks come on top).
const pagefindDir = join(dist, 'pagefind');
if (existsSync(pagefindDir)) {
  console.log('\nPagefind files loaded by the first search (per language; index chunks on top):');
  for (const lang of ['sv', 'en']) {
    const files = ['pagefind.js', 'pagefind-worker.js', `wasm.${lang}.pagefind`, 'pagefind-entry.json'];
    let raw = 0;
    let gz = 0;
    for (const f of files) {
      const data = readFileSync(join(pagefindDir, f));
      raw += data.length;
      // .pagefind files are already gzip-compressed by Pagefind.
      gz += f.endsWith('.pagefind') ? data.length : gzipSize(data);
    }
    console.log(`  ${lang}: ${kb(raw)} KB raw / ${kb(gz)} KB as sent (${files.join(', ')})`);
  }
}
