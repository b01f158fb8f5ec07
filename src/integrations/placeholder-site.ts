/**
 * Warns once, in a production build, when the site address is still a
 * reserved example domain (astro.config.mjs falls back to
 * https://atlasguiden.example when SITE_URL is unset). Such a build is fine to
 * test and preview, but its canonical links, hreflang alternates and sitemap
 * would send search engines and readers to a host that cannot exist, so it
 * must not be deployed as it is. A warning rather than an error: every local
 * and test build is one of these.
 */
import type { AstroIntegration } from 'astro';

/** RFC 2606 §3: `.example` and example.com/.net/.org are reserved for examples. */
export function isExampleHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'example' || host.endsWith('.example') || /(^|\.)example\.(com|net|org)$/.test(host);
}

/** The warning for a build whose `site` is missing or an example address, else undefined. */
export function placeholderSiteWarning(site: string | undefined): string | undefined {
  if (site !== undefined && !isExampleHost(new URL(site).hostname)) return undefined;
  return (
    `The site address is ${site ?? 'not set'}${site ? ', a reserved example domain' : ''}: canonical links, ` +
    'hreflang alternates and the sitemap will not name the real host. Build for deployment with ' +
    'SITE_URL set to the public address, e.g. SITE_URL=https://your.host npm run build.'
  );
}

export default function placeholderSite(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'atlasguiden:placeholder-site',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      // build:start runs once per `astro build` and never in dev or preview.
      'astro:build:start': ({ logger }) => {
        const warning = placeholderSiteWarning(site);
        if (warning) logger.warn(warning);
      },
    },
  };
}
