/**
 * The `_headers` file for static hosts says what deploy/headers/site-headers.ts
 * says: the built file and public/_headers are the module's text, and read
 * the way Cloudflare Pages reads it (every matching rule in order, `! Name`
 * dropping what a broader rule set), it gives every built file exactly the
 * headers `headersFor` names: embed pages framable by anyone, every other
 * page never framed, the host script loadable by other sites.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { headersFile, headersFor, HOST_SCRIPT } from '../../deploy/headers/site-headers.ts';
import { isEmbedPath } from '../../src/routing/embed-pages.ts';
import { builtPages } from '../support/built-site.ts';
import { DIST } from '../support/dist.ts';

const text = readFileSync(join(DIST, '_headers'), 'utf8');

/** The file's rules as written: pattern, dropped names, set headers. */
function parse(file: string) {
  const rules: { pattern: RegExp; detach: string[]; set: [string, string][] }[] = [];
  for (const line of file.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), detach: [], set: [] });
      continue;
    }
    const rule = rules.at(-1)!;
    const detached = /^\s+!\s*(\S+)$/.exec(line);
    if (detached) rule.detach.push(detached[1]!.toLowerCase());
    else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line)!;
      rule.set.push([name!.toLowerCase(), value!]);
    }
  }
  return rules;
}

/** What a host following Cloudflare's rules sends for `path`: a header set twice would be sent twice. */
function resolve(rules: ReturnType<typeof parse>, path: string): Record<string, string[]> {
  const sent: Record<string, string[]> = {};
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    for (const name of rule.detach) delete sent[name];
    for (const [name, value] of rule.set) (sent[name] ??= []).push(value);
  }
  return sent;
}

const lower = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), [v]]));

test('the built _headers and public/_headers are the module’s text', () => {
  expect(text).toBe(headersFile());
  expect(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8')).toBe(headersFile());
});

test('read as a host reads it, every built page gets exactly the headers the module names', () => {
  const rules = parse(text);
  const paths = [...builtPages().map((p) => p.url), HOST_SCRIPT, '/rules.json', '/_astro/x.js', '/pagefind/index/sv_1.pf_index', '/pagefind/pagefind.sv_1.pf_meta', '/pagefind/pagefind.js'];
  for (const path of paths) expect(resolve(rules, path), path).toEqual(lower(headersFor(path)));
});

test('embed pages may be framed by any site, every other page by none', () => {
  const rules = parse(text);
  const pages = builtPages().map((p) => p.url);
  expect(pages.filter(isEmbedPath).length).toBe(6);
  for (const path of pages) {
    const sent = resolve(rules, path);
    const embed = isEmbedPath(path);
    expect(sent['content-security-policy'], path).toEqual([embed ? expect.stringMatching(/^frame-ancestors \*;/) : expect.stringMatching(/^frame-ancestors 'none';/)]);
    expect(sent['x-frame-options'], path).toEqual(embed ? undefined : ['DENY']);
  }
  expect(resolve(rules, HOST_SCRIPT)['cross-origin-resource-policy']).toEqual(['cross-origin']);
});
