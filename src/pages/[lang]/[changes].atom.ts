/** /sv/andringar.atom and /en/changes.atom: the changes page as an Atom feed (src/components/rules/changes-feed.ts). */
import type { APIRoute } from 'astro';
import { changesFeed } from '../../components/rules/changes-feed.ts';
import { ui } from '../../i18n/ui/index.ts';
import { staticPathsFor, type Route } from '../../routing/registry.ts';

export const getStaticPaths = () => staticPathsFor('changes', 'changes');

export const GET: APIRoute<{ route: Route }> = ({ props, site }) => {
  const { route } = props;
  const body = changesFeed({ locale: route.locale, pageUrl: route.url, site: site ?? 'https://atlasguiden.example/', siteName: ui(route.locale).siteName });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
