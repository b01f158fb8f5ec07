/**
 * The palette in src/styles/tokens.css: every text pair the site uses reaches
 * 4.5:1 and every UI pair (borders, focus ring, buttons) 3:1, in light and dark;
 * and the two copies of the dark palette (system preference, manual toggle) agree.
 * Reads the source file, so it runs without a build.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contrastRatio } from '../support/contrast.ts';

const css = readFileSync('src/styles/tokens.css', 'utf8');

function block(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  if (start < 0) throw new Error(`tokens.css has no ${selector} block`);
  const open = css.indexOf('{', start);
  const body = css.slice(open + 1, css.indexOf('}', open));
  return Object.fromEntries([...body.matchAll(/--(color-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

const light = block(':root {');
const darkMedia = block(":root:not([data-theme='light'])");
const darkToggle = block(":root[data-theme='dark']");

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
  'color-button-bg': ['color-bg', 'color-surface', 'color-header-bg'],
  'color-ok-border': ['color-bg', 'color-ok-bg'],
  'color-warning-border': ['color-bg', 'color-warning-bg'],
  'color-error-border': ['color-bg', 'color-error-bg'],
  'color-info-border': ['color-bg', 'color-info-bg'],
};

const pairs = (map: Record<string, string[]>) => Object.entries(map).flatMap(([fg, bgs]) => bgs.map((bg) => [fg, bg] as const));

describe.each([
  ['light', light],
  ['dark', darkMedia],
])('%s palette', (_name, palette) => {
  test.each(pairs(TEXT_ON))('text %s on %s ≥ 4.5:1', (fg, bg) => {
    expect(palette[fg], fg).toBeDefined();
    expect(palette[bg], bg).toBeDefined();
    expect(contrastRatio(palette[fg]!, palette[bg]!)).toBeGreaterThanOrEqual(4.5);
  });
  test.each(pairs(UI_ON))('UI %s on %s ≥ 3:1', (fg, bg) => {
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
