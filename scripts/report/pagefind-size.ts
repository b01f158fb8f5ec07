/**
 * What Pagefind built, per language: the files whose names carry the
 * language code (`pagefind.sv_….pf_meta`, `index/sv_…`, `fragment/sv_…`,
 * `wasm.sv.pagefind`), in bytes as stored (Pagefind compresses them itself),
 * and the language-independent files a search loads as well.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface IndexSize {
  lang: string;
  files: number;
  bytes: number;
  meta: number;
  index: number;
  fragments: number;
  wasm: number;
}

const size = (path: string) => statSync(path).size;
const list = (dir: string) => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

export function pagefindSizes(dist: string): { languages: IndexSize[]; shared: { file: string; bytes: number }[] } {
  const root = join(dist, 'pagefind');
  const langs = new Set(list(root).flatMap((f) => /^pagefind\.([a-z-]+)_[^/]+\.pf_meta$/i.exec(f)?.[1] ?? []));
  const languages = [...langs].sort().map((lang): IndexSize => {
    const meta = list(root).filter((f) => f.startsWith(`pagefind.${lang}_`)).map((f) => size(join(root, f)));
    const index = list(join(root, 'index')).filter((f) => f.startsWith(`${lang}_`)).map((f) => size(join(root, 'index', f)));
    const fragments = list(join(root, 'fragment')).filter((f) => f.startsWith(`${lang}_`)).map((f) => size(join(root, 'fragment', f)));
    const wasm = list(root).filter((f) => f === `wasm.${lang}.pagefind`).map((f) => size(join(root, f)));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    return {
      lang,
      files: meta.length + index.length + fragments.length + wasm.length,
      bytes: sum(meta) + sum(index) + sum(fragments) + sum(wasm),
      meta: sum(meta),
      index: sum(index),
      fragments: sum(fragments),
      wasm: sum(wasm),
    };
  });
  const shared = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.unknown.pagefind']
    .filter((f) => list(root).includes(f))
    .map((file) => ({ file, bytes: size(join(root, file)) }));
  return { languages, shared };
}
