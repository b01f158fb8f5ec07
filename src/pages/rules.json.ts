/** /rules.json: the rules module's data as one file (see src/components/rules/rules-document.ts). */
import type { APIRoute } from 'astro';
import { rulesDocument } from '../components/rules/rules-document.ts';
import { PAGE_DATE } from '../components/widgets/page-date.ts';

export const GET: APIRoute = ({ site }) => {
  const doc = rulesDocument({ generated: PAGE_DATE, site: site?.href ?? 'https://atlasguiden.example/' });
  return new Response(`${JSON.stringify(doc, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
