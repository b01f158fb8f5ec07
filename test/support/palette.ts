/**
 * The colour pairs the site draws, for the contrast tests of the shell's
 * palette (tokens.css) and presenter view's (presenter.css): one table, so a
 * pair added for one palette is checked in the other too.
 */

export type Scheme = 'light' | 'dark';

/**
 * The `--color-*` custom properties of the first rule for `selector` that sets
 * colours, in one scheme: each is written `var(--if-light, #light) var(--if-dark, #dark)`
 * (tokens.css says why). A colour written any other way is returned as null,
 * so a test sees it rather than skipping it.
 */
export function paletteBlock(source: string, selector: string, scheme: Scheme): Record<string, string | null> {
  // The first rule for `selector` that sets colours (tokens.css's switch comes before its palette).
  const bodies: string[] = [];
  for (let at = source.indexOf(`${selector} {`); at >= 0; at = source.indexOf(`${selector} {`, at + 1)) {
    const open = source.indexOf('{', at);
    bodies.push(source.slice(open + 1, source.indexOf('}', open)));
  }
  const body = bodies.find((text) => text.includes('--color-'));
  if (body === undefined) throw new Error(`no ${selector} block with colours`);
  const pair = /^var\(--if-light,\s*(#[0-9a-f]{6})\)\s+var\(--if-dark,\s*(#[0-9a-f]{6})\)$/i;
  return Object.fromEntries(
    [...body.matchAll(/--(color-[\w-]+):\s*([^;]+);/g)].map((m) => {
      const values = pair.exec(m[2]!.trim());
      return [m[1]!, values ? values[scheme === 'light' ? 1 : 2]!.toLowerCase() : null];
    }),
  );
}

/** Text colours and the backgrounds each stands on. */
export const TEXT_ON: Readonly<Record<string, readonly string[]>> = {
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

/** UI colours (borders, focus ring, buttons) and what each stands on (WCAG 1.4.11: 3:1). */
export const UI_ON: Readonly<Record<string, readonly string[]>> = {
  'color-border': ['color-bg', 'color-surface', 'color-header-bg'],
  'color-focus': ['color-bg', 'color-surface', 'color-header-bg', 'color-ok-bg', 'color-warning-bg', 'color-error-bg', 'color-info-bg'],
  'color-button-bg': ['color-bg', 'color-surface', 'color-header-bg'],
  'color-ok-border': ['color-bg', 'color-ok-bg'],
  'color-warning-border': ['color-bg', 'color-warning-bg'],
  'color-error-border': ['color-bg', 'color-error-bg'],
  'color-info-border': ['color-bg', 'color-info-bg'],
};

export const colourPairs = (map: Readonly<Record<string, readonly string[]>>) =>
  Object.entries(map).flatMap(([fg, bgs]) => bgs.map((bg) => [fg, bg] as const));
