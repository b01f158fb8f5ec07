/**
 * How the islands' JavaScript is cut into files and what Vite adds to it
 * (see docs/adr/ on budgets). Measured with test/site/budgets.test.ts.
 *
 * 1. Every widget page loads Preact, its hooks, the JSX runtime and the
 *    Preact renderer of @astrojs/preact together, always. As separate files
 *    each is gzipped on its own and pays its own header and cold dictionary;
 *    as one file the same code is about half a kilobyte smaller on the wire.
 *
 * 2. Vite wraps every dynamic `import()` in a helper (0.9 kB gzip) that
 *    preloads the imported part's dependencies and its CSS. Here neither is
 *    needed: a part loaded on use imports modules the island has already
 *    loaded, and Astro links every island's CSS (that of its on-use parts
 *    included) in the page's head. So the helper is replaced by one that just
 *    calls the import, and the list of files it would have preloaded, which
 *    Vite writes into each chunk that imports on use, is left out.
 */

/** @param {string} id */
const isFramework = (id) =>
  /[\\/]node_modules[\\/]preact[\\/](dist|hooks[\\/]dist|jsx-runtime[\\/]dist)[\\/]/.test(id) ||
  /[\\/]node_modules[\\/]@astrojs[\\/]preact[\\/]dist[\\/]client\.js$/.test(id);

const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Rolldown's output.codeSplitting groups for the client build. The import
 * helper gets a file of its own (a few bytes): left to itself Rolldown puts it
 * beside Preact, and a plain page script that loads a part on use would then
 * download Preact for nothing.
 */
export const islandChunkGroups = [
  { name: 'preact', test: isFramework, priority: 10 },
  { name: 'import', test: (/** @type {string} */ id) => id === PRELOAD_HELPER, priority: 20 },
];

/** A Vite plugin: Vite's dynamic-import helper without the preloading (see 2 above). */
export const plainDynamicImport = () => ({
  name: 'atlas:plain-dynamic-import',
  enforce: /** @type {const} */ ('pre'),
  apply: /** @type {const} */ ('build'),
  /** @param {string} id */
  load(id) {
    if (id !== PRELOAD_HELPER) return null;
    return 'export const __vitePreload = (load) => load();';
  },
  // After Vite has written its dependency lists (`__vite__mapDeps`): the helper above ignores them.
  generateBundle: {
    order: /** @type {const} */ ('post'),
    /** @param {unknown} _options @param {Record<string, { type: string, code?: string }>} bundle */
    handler(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.code?.includes('__vite__mapDeps')) continue;
        chunk.code = chunk.code
          .replace(/^const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[[^\]]*\]\)\)\)=>i\.map\(i=>d\[i\]\);\n/m, '')
          .replace(/__vite__mapDeps\(\[[\d,]*\]\)/g, '[]');
        if (chunk.code.includes('__vite__mapDeps')) this.error(`could not remove Vite's preload list from ${chunk.fileName}`);
      }
    },
  },
});
