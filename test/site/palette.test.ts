/**
 * The palette in src/styles/tokens.css: every text pair the site uses reaches
 * 4.5:1 and every UI pair (borders, focus ring, buttons) 3:1, in light and dark;
 * and the two copies of the dark palette (system preference, manual toggle) agree.
 * Reads the source file, so it runs without a build.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contrastRatio } from '../support/contrast.ts';
import { TEXT_ON, UI_ON, colourPairs, paletteBlock } from '../support/palette.ts';

const css = readFileSync('src/styles/tokens.css', 'utf8');

const block = (selector: string) => paletteBlock(css, selector);

const light = block(':root');
const darkMedia = block(":root:not([data-theme='light'])");
const darkToggle = block(":root[data-theme='dark']");



describe.each([
  ['light', light],
  ['dark', darkMedia],
])('%s palette', (_name, palette) => {
  test.each(colourPairs(TEXT_ON))('text %s on %s ≥ 4.5:1', (fg, bg) => {
    expect(palette[fg], fg).toBeDefined();
    expect(palette[bg], bg).toBeDefined();
    expect(contrastRatio(palette[fg]!, palette[bg]!)).toBeGreaterThanOrEqual(4.5);
  });
  test.each(colourPairs(UI_ON))('UI %s on %s ≥ 3:1', (fg, bg) => {
    expect(contrastRatio(palette[fg]!, palette[bg]!)).toBeGreaterThanOrEqual(3);
  });
});

test('the dark palette is the same for the system preference and the manual toggle', () => {
  expect(Object.keys(darkMedia).length).toBeGreaterThan(10);
  expect(darkToggle).toEqual(darkMedia);
});

test('light and dark define the same colours', () => {
  expect(Object.keys(darkMedia).sort()).toEqual(Object.keys(light).sort());
});
