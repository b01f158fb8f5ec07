/**
 * Presenter view's palette in src/styles/presenter.css: every text pair the
 * site uses reaches 7:1 (the bar for the projector, WCAG's AAA level)
 * and every UI pair 3:1, in light and dark; it overrides every colour of the
 * shell's palette (nothing falls back to a 4.5:1 colour). Reads the source
 * files, no build.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contrastRatio } from '../../support/contrast.ts';
import { TEXT_ON, UI_ON, paletteBlock, type Scheme } from '../../support/palette.ts';

const css = readFileSync('src/styles/presenter.css', 'utf8');
const tokens = readFileSync('src/styles/tokens.css', 'utf8');
const shell = paletteBlock(tokens, ':root', 'light');

describe.each<Scheme>(['light', 'dark'])('presenter view, %s', (scheme) => {
  const palette = paletteBlock(css, 'html:root[data-present]', scheme);
  test('overrides every colour of the shell’s palette, each with a value in this scheme', () => {
    expect(Object.keys(palette).sort()).toEqual(Object.keys(shell).sort());
    expect(Object.entries(palette).filter(([, value]) => value === null)).toEqual([]);
  });
  for (const [fg, bgs] of Object.entries(TEXT_ON))
    for (const bg of bgs)
      test(`text ${fg} on ${bg} ≥ 7:1`, () => {
        expect(contrastRatio(palette[fg]!, palette[bg]!)).toBeGreaterThanOrEqual(7);
      });
  for (const [fg, bgs] of Object.entries(UI_ON))
    for (const bg of bgs)
      test(`UI ${fg} on ${bg} ≥ 3:1`, () => {
        expect(contrastRatio(palette[fg]!, palette[bg]!)).toBeGreaterThanOrEqual(3);
      });
});
