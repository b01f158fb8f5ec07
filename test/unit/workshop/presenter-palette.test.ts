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

const css = readFileSync('src/styles/presenter.css', 'utf8');
const tokens = readFileSync('src/styles/tokens.css', 'utf8');

function block(source: string, selector: string): Record<string, string> {
  const start = source.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block`);
  const open = source.indexOf('{', start);
  const body = source.slice(open + 1, source.indexOf('}', open));
  return Object.fromEntries([...body.matchAll(/--(color-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

const light = block(css, 'html:root[data-present]');
const darkToggle = block(css, "html:root[data-present][data-theme='dark']");
const darkSystem = block(css, "html:root[data-present]:not([data-theme='light'])");
const shell = block(tokens, ':root');

const TEXT_ON: Record<string, string[]> = {
  'color-text': ['color-bg', 'color-surface', 'color-header-bg', 'color-mark'],
  'color-text-muted': ['color-bg', 'color-surface', 'color-header-bg'],
  'color-link': ['color-bg', 'color-surface', 'color-header-bg', 'color-info-bg', 'color-ok-bg', 'color-warning-bg', 'color-error-bg'],
  'color-link-visited': ['color-bg', 'color-surface', 'color-header-bg'],
  'color-link-hover': ['color-bg', 'color-surface', 'color-header-bg'],
  'color-button-text': ['color-button-bg'],
  'color-focus-text': ['color-focus'],
  'color-ok-text': ['color-ok-bg', 'color-bg'],
  'color-warning-text': ['color-warning-bg', 'color-bg'],
  'color-error-text': ['color-error-bg', 'color-bg'],
  'color-info-text': ['color-info-bg', 'color-bg'],
};
const UI_ON: Record<string, string[]> = {
  'color-border': ['color-bg', 'color-surface', 'color-header-bg'],
  'color-focus': ['color-bg', 'color-surface', 'color-header-bg', 'color-ok-bg', 'color-warning-bg', 'color-error-bg', 'color-info-bg'],
  'color-button-bg': ['color-bg', 'color-surface'],
  'color-ok-border': ['color-ok-bg'],
  'color-warning-border': ['color-warning-bg'],
  'color-error-border': ['color-error-bg'],
  'color-info-border': ['color-info-bg'],
};

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
