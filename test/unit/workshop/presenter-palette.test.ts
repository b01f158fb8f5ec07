/**
 * Presenter view's palette in src/styles/presenter.css: every text pair the
 * site uses reaches 7:1 (the bar for the projector, WCAG's AAA level)
 * and every UI pair 3:1, in light and dark; it overrides every colour of the
 * shell's palette (nothing falls back to a 4.5:1 colour); the two dark copies
 * (system setting, manual toggle) agree. Reads the source files, no build.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contrastRatio } from '../../support/contrast.ts';
import { TEXT_ON, UI_ON, paletteBlock } from '../../support/palette.ts';

const css = readFileSync('src/styles/presenter.css', 'utf8');
const tokens = readFileSync('src/styles/tokens.css', 'utf8');

const block = paletteBlock;

const light = block(css, 'html:root[data-present]');
const darkToggle = block(css, "html:root[data-present][data-theme='dark']");
const darkSystem = block(css, "html:root[data-present]:not([data-theme='light'])");
const shell = block(tokens, ':root');


describe.each([
  ['light', light],
  ['dark', darkToggle],
])('presenter view, %s', (_name, palette) => {
  test('overrides every colour of the shell’s palette', () => {
    expect(Object.keys(palette).sort()).toEqual(Object.keys(shell).sort());
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

test('the dark palette is the same whether the system or the toggle asks for it', () => {
  expect(darkSystem).toEqual(darkToggle);
});
