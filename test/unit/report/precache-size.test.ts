/**
 * The report's offline figures count exactly the files the worker's list
 * names, grouped by language, sized as stored and as gzip serves them, with
 * the worker itself apart.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, expect, test } from 'vitest';
import { precacheSize } from '../../../scripts/report/precache-size.ts';

const dist = mkdtempSync(join(tmpdir(), 'precache-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const FILES: Record<string, string> = {
  '/sv/index.html': '<p>hej</p>'.repeat(50),
  '/sv/ekonomi/index.html': '<p>kr</p>',
  '/en/index.html': '<p>hello</p>',
  '/_astro/a.js': 'export const a = 1;',
  '/not-listed.html': 'x'.repeat(1000),
};
for (const [url, body] of Object.entries(FILES)) {
  mkdirSync(join(dist, url, '..'), { recursive: true });
  writeFileSync(join(dist, url), body);
}
const listed = Object.keys(FILES).filter((url) => url !== '/not-listed.html');
writeFileSync(join(dist, 'offline.json'), JSON.stringify({ cacheId: 'atlasguiden-abc', files: listed }));
writeFileSync(join(dist, 'sw.js'), 'self.x = 1;');

const gz = (s: string) => gzipSync(s, { level: 6 }).length;
const sum = (urls: string[], size: (s: string) => number) => urls.reduce((n, url) => n + size(FILES[url]!), 0);

test('counts the listed files only, by language, as stored and gzipped', () => {
  const size = precacheSize(dist);
  expect(size.cacheId).toBe('atlasguiden-abc');
  const sv = ['/sv/index.html', '/sv/ekonomi/index.html'];
  expect(size.groups).toEqual([
    { group: 'en', files: 1, bytes: FILES['/en/index.html']!.length, gzip: gz(FILES['/en/index.html']!) },
    { group: 'shared', files: 1, bytes: FILES['/_astro/a.js']!.length, gzip: gz(FILES['/_astro/a.js']!) },
    { group: 'sv', files: 2, bytes: sum(sv, (s) => s.length), gzip: sum(sv, gz) },
  ]);
  expect(size.total.files).toBe(listed.length);
  expect(size.total.bytes).toBe(sum(listed, (s) => s.length));
  expect(size.worker).toEqual({ bytes: 'self.x = 1;'.length, gzip: gz('self.x = 1;') });
});
