/** /rules.json: the rules module's data as one file (see src/components/rules/rules-document.ts). */
import type { APIRoute } from 'astro';
import { rulesDocument } from '../components/rules/rules-document.ts';

export const GET: APIRoute = ({ site }) => {
  const doc = rulesDocument({ generated: new Date().toISOString().slice(0, 10), site: site?.href ?? '' });
  return new Response(`${JSON.stringify(doc, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
