/**
 * The palette in src/styles/tokens.css: every colour is written once with its
 * light and dark value; every text pair the site uses reaches 4.5:1 and every
 * UI pair (borders, focus ring, buttons) 3:1, in light and dark. And the built
 * stylesheet keeps the switch that picks one of the two values: the "off"
 * property as a single space, which browsers before the 2023 change to empty
 * custom properties need.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contrastRatio } from '../support/contrast.ts';
import { DIST } from '../support/dist.ts';
import { TEXT_ON, UI_ON, colourPairs, paletteBlock } from '../support/palette.ts';

const css = readFileSync('src/styles/tokens.css', 'utf8');
const light = paletteBlock(css, ':root', 'light');
const dark = paletteBlock(css, ':root', 'dark');

describe.each([
  ['light', light],
  ['dark', dark],
])('%s palette', (_name, palette) => {
  test('every colour has a value in this scheme', () => {
    expect(Object.keys(palette).length).toBeGreaterThan(20);
    expect(Object.entries(palette).filter(([, value]) => value === null)).toEqual([]);
  });
  test.each(colourPairs(TEXT_ON))('text %s on %s ≥ 4.5:1', (fg, bg) => {
    expect(palette[fg], fg).toBeTruthy();
    expect(palette[bg], bg).toBeTruthy();
    expect(contrastRatio(palette[fg]!, palette[bg]!)).toBeGreaterThanOrEqual(4.5);
  });
  test.each(colourPairs(UI_ON))('UI %s on %s ≥ 3:1', (fg, bg) => {
    expect(contrastRatio(palette[fg]!, palette[bg]!)).toBeGreaterThanOrEqual(3);
  });
});

test('light and dark differ (the switch has something to switch)', () => {
  expect(dark['color-bg']).not.toBe(light['color-bg']);
  expect(dark['color-text']).not.toBe(light['color-text']);
});

test('the built stylesheet keeps both switch states, the "off" one as a space', () => {
  const dir = join(DIST, '_astro');
  const built = readdirSync(dir)
    .filter((name) => name.endsWith('.css'))
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');
  // The minifier drops a block's last semicolon (`--if-dark: }`): still the one whitespace token that counts.
  for (const name of ['--if-light', '--if-dark']) {
    expect(built).toMatch(new RegExp(`${name}:\\s+[;}]`));
    expect(built).toMatch(new RegExp(`${name}:\\s*initial`));
    expect(built).not.toMatch(new RegExp(`${name}:[;}]`));
  }
});
