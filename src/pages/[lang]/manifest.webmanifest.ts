/** /sv/manifest.webmanifest and /en/manifest.webmanifest: the installable app of each language (src/offline/web-manifest.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import { APP_COLOURS } from '../../offline/site-colours.ts';
import { webManifest } from '../../offline/web-manifest.ts';

export const getStaticPaths = (() => LOCALES.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(`${JSON.stringify(webManifest(params['lang'] as Locale, APP_COLOURS), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
