// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import placeholderSite from './src/integrations/placeholder-site.ts';

/**
 * The public address the built pages name in canonical and hreflang links.
 * Set SITE_URL when deploying; the default is a reserved example domain so that
 * nothing pretends to be a real host.
 */
const site = process.env.SITE_URL ?? 'https://atlasguiden.example';

/**
 * Where the build goes. Several people building at once on one machine each set
 * ATLAS_OUT_DIR to a folder of their own; tests read the same variable.
 */
const outDir = process.env.ATLAS_OUT_DIR ?? './dist';

export default defineConfig({
  site,
  outDir,
  ...(process.env.ATLAS_OUT_DIR ? { cacheDir: `${outDir}/../.astro-cache` } : {}),
  trailingSlash: 'always',
  // Stylesheets as files: cached across pages, and no inline <style> to hash.
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: ['sv', 'en'],
    defaultLocale: 'sv',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [mdx(), preact(), placeholderSite()],
  // Shiki colours code with inline style attributes, which the CSP forbids; the guidance has no code to colour.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  security: {
    // A <meta> Content-Security-Policy in every page: Astro hashes its own
    // scripts and styles; nothing else runs. 'wasm-unsafe-eval' is added on the
    // search page only (Pagefind's WebAssembly). frame-ancestors cannot be set
    // in a <meta>; the example server config sends it as a header.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        // The offline service worker (/sw.js, registered by the pages that run script) and the web app manifests.
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
