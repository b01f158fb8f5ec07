/**
 * sitemap.xml: every page from the route registry (plus `/`), each with its
 * language alternates as xhtml:link, as search engines read hreflang. The
 * embed pages are left out: they are the guide's widgets for other sites to
 * frame, not pages to find (each names its full page as canonical).
 */
import type { APIRoute } from 'astro';
import { alternates, getRoutes } from '../routing/registry.ts';
import { escapeXml } from '../routing/escape-xml.ts';

export const GET: APIRoute = async ({ site }) => {
  const abs = (path: string) => escapeXml(new URL(path, site).href);
  const routes = await getRoutes();
  const entries = routes.filter((route) => route.kind !== 'embed').map((route) => {
    const links = alternates(routes, route.key)
      .map((alt) => `    <xhtml:link rel="alternate" hreflang="${alt.hreflang}" href="${abs(alt.url)}"/>`)
      .join('\n');
    return `  <url>\n    <loc>${abs(route.url)}</loc>\n${links}\n  </url>`;
  });
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    `  <url>\n    <loc>${abs('/')}</loc>\n  </url>`,
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
