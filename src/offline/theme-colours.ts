/**
 * The installed app's colours, read from the site's one palette
 * (src/styles/tokens.css) rather than written a second time: the title bar
 * takes the header's background, the splash screen the page's, the icon the
 * buttons' colour with their text colour on it.
 *
 * A token is written either as one value per scheme in one declaration,
 * `var(--if-light, #light) var(--if-dark, #dark)`, or as plain values
 * repeated per block (light first, dark last). Both are read, so this keeps
 * working while the palette's notation changes; anything else throws and
 * stops the build rather than shipping a guessed colour.
 */
export interface SchemeColour {
  light: string;
  dark: string;
}

const HEX = /^#[0-9a-f]{6}$/i;
const PAIR = /^var\(--if-light,\s*(#[0-9a-f]{6})\)\s+var\(--if-dark,\s*(#[0-9a-f]{6})\)$/i;

/** `--name`'s light and dark value in the stylesheet `css`. */
export function schemeColour(css: string, name: string): SchemeColour {
  const source = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const values = [...source.matchAll(new RegExp(`${name}\\s*:\\s*([^;]+);`, 'g'))].map((m) => m[1]!.trim());
  const first = values[0];
  if (first === undefined) throw new Error(`tokens: no ${name}`);
  const pair = PAIR.exec(first);
  if (pair) return { light: pair[1]!.toLowerCase(), dark: pair[2]!.toLowerCase() };
  const last = values.at(-1)!;
  if (HEX.test(first) && HEX.test(last)) return { light: first.toLowerCase(), dark: last.toLowerCase() };
  throw new Error(`tokens: ${name} is written as “${first}”, which this reader does not know`);
}

export interface AppColours {
  /** The browser's title bar and the installed window's frame: the header's background. */
  theme: SchemeColour;
  /** The splash screen while the app starts: the page's background. */
  background: SchemeColour;
  /** The icon's disc and its lines. */
  iconFill: string;
  iconLine: string;
}

export function appColours(css: string): AppColours {
  return {
    theme: schemeColour(css, '--color-header-bg'),
    background: schemeColour(css, '--color-bg'),
    iconFill: schemeColour(css, '--color-button-bg').light,
    iconLine: schemeColour(css, '--color-button-text').light,
  };
}
