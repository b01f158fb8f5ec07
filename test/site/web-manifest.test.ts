/**
 * The installable app (ADR 0009): each language's web app manifest, read from
 * the built folder, names the app, starts in its language, covers the whole
 * site, runs standalone and carries PNG icons of 192 and 512 px (one of them
 * maskable) and an SVG, each a real file of the size it claims. Every page
 * links the manifest of its own language and gives the title bar's colour for
 * light and dark, both taken from the palette.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { schemeColour } from '../../src/offline/theme-colours.ts';
import { builtPages, resolveSitePath } from '../support/built-site.ts';
import { DIST } from '../support/dist.ts';

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

const tokens = readFileSync(join(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8');
const headerColour = schemeColour(tokens, '--color-header-bg');
const manifestOf = (lang: string) => JSON.parse(readFileSync(join(DIST, lang, 'manifest.webmanifest'), 'utf8')) as Record<string, unknown>;

const PNG_SIGNATURE = '89504e470d0a1a0a';
/** A PNG's width and height from its IHDR chunk (the first, right after the signature). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), `${file} is a PNG`).toBe(PNG_SIGNATURE);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(LOCALES)('/%s/manifest.webmanifest', (lang) => {
  const manifest = manifestOf(lang);
  const icons = manifest['icons'] as ManifestIcon[];

  test('names the app, in the language of its pages', () => {
    expect(typeof manifest['name']).toBe('string');
    expect((manifest['name'] as string).length).toBeGreaterThan(0);
    expect(typeof manifest['short_name']).toBe('string');
    // Launchers cut longer names under the icon.
    expect((manifest['short_name'] as string).length).toBeGreaterThan(0);
    expect((manifest['short_name'] as string).length).toBeLessThanOrEqual(12);
    expect(manifest['lang']).toBe(lang);
  });

  test('starts on the language’s home page, inside a scope that holds both languages, standalone', () => {
    expect(manifest['start_url']).toBe(`/${lang}/`);
    expect(resolveSitePath(manifest['start_url'] as string)).toBe(`${lang}/index.html`);
    expect(manifest['scope']).toBe('/');
    expect((manifest['start_url'] as string).startsWith(manifest['scope'] as string)).toBe(true);
    expect(manifest['display']).toBe('standalone');
    expect(manifest['id']).toBe(`/${lang}/`);
  });

  test('its colours are the palette’s', () => {
    expect(manifest['theme_color']).toBe(headerColour.light);
    expect(manifest['background_color']).toBe(schemeColour(tokens, '--color-bg').light);
  });

  test('has PNG icons of 192 and 512 px, a maskable one of 512 px, and an SVG', () => {
    const has = (size: string, purpose: string) => icons.some((i) => i.type === 'image/png' && i.sizes === size && (i.purpose ?? 'any').split(' ').includes(purpose));
    expect(has('192x192', 'any')).toBe(true);
    expect(has('512x512', 'any')).toBe(true);
    expect(has('512x512', 'maskable')).toBe(true);
    expect(icons.some((i) => i.type === 'image/svg+xml' && i.sizes === 'any')).toBe(true);
  });

  test.each(icons.map((i) => [i.src, i] as const))('%s exists and is what the manifest says', (src, icon) => {
    const file = join(DIST, src);
    if (icon.type === 'image/svg+xml') {
      expect(readFileSync(file, 'utf8')).toMatch(/^<svg\b[^>]*viewBox="0 0 512 512"/);
      return;
    }
    const [width, height] = icon.sizes.split('x').map(Number);
    expect(pngSize(file)).toEqual({ width, height });
  });
});

describe('every page links its language’s manifest and colours the title bar for light and dark', () => {
  // The start page (/) only chooses a language: there is no app of its own to install from it.
  for (const page of builtPages().filter((p) => p.url !== '/')) {
    test(page.url, () => {
      const lang = page.doc.documentElement.lang;
      const links = [...page.doc.querySelectorAll('link[rel="manifest"]')].map((l) => l.getAttribute('href'));
      expect(links).toEqual([`/${lang}/manifest.webmanifest`]);
      const colours = Object.fromEntries(
        [...page.doc.querySelectorAll('meta[name="theme-color"]')].map((m) => [m.getAttribute('media'), m.getAttribute('content')]),
      );
      expect(colours).toEqual({ '(prefers-color-scheme: light)': headerColour.light, '(prefers-color-scheme: dark)': headerColour.dark });
    });
  }
});
