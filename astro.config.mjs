// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

/**
 * The public address the built pages name in canonical and hreflang links.
 * Set SITE_URL when deploying; the default is a reserved example domain so that
 * nothing pretends to be a real host.
 */
const site = process.env.SITE_URL ?? 'https://atlasguiden.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['sv', 'en'],
    defaultLocale: 'sv',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [mdx(), preact()],
  devToolbar: { enabled: false },
});
