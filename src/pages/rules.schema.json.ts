/** /rules.schema.json: the JSON Schema of /rules.json, exported from its zod schema by zod's toJSONSchema. */
import type { APIRoute } from 'astro';
import { rulesJsonSchema } from '../components/rules/rules-document-schema.ts';

export const GET: APIRoute = ({ site }) => {
  const schema = rulesJsonSchema(new URL('/rules.schema.json', site ?? 'https://atlasguiden.example/').href);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
