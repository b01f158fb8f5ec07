import { describe, expect, test } from 'vitest';
import placeholderSite, { isExampleHost, placeholderSiteWarning } from '../../../src/integrations/placeholder-site.ts';

describe('isExampleHost', () => {
  test.each(['atlasguiden.example', 'example', 'EXAMPLE.com', 'www.example.org', 'example.net.'])('%s is reserved', (host) =>
    expect(isExampleHost(host)).toBe(true),
  );
  test.each(['atlasguiden.se', 'example.se', 'myexample.com', 'example.com.evil.se', 'examples.org'])('%s is not', (host) =>
    expect(isExampleHost(host)).toBe(false),
  );
});

test('the placeholder address and a missing one are warned about; a real one is not', () => {
  expect(placeholderSiteWarning('https://atlasguiden.example')).toMatch(/atlasguiden\.example.*SITE_URL/s);
  expect(placeholderSiteWarning(undefined)).toMatch(/not set.*SITE_URL/s);
  expect(placeholderSiteWarning('https://atlasguiden.se/')).toBeUndefined();
});

/** Runs the integration's two hooks as Astro would, with a logger that records. */
function runBuild(site: string | undefined): string[] {
  const warnings: string[] = [];
  const { hooks } = placeholderSite();
  const logger = { warn: (m: string) => warnings.push(m), info: () => {}, error: () => {}, debug: () => {} };
  (hooks['astro:config:done'] as (o: unknown) => void)({ config: { site }, logger });
  (hooks['astro:build:start'] as (o: unknown) => void)({ logger });
  return warnings;
}

test('a production build with the placeholder prints exactly one warning', () => {
  expect(runBuild('https://atlasguiden.example')).toHaveLength(1);
  expect(runBuild('https://atlasguiden.se')).toEqual([]);
});

test('only a build warns: the hook that warns is build:start, not a dev-server hook', () => {
  expect(Object.keys(placeholderSite().hooks).sort()).toEqual(['astro:build:start', 'astro:config:done']);
});
