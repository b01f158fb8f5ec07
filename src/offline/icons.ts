/**
 * The app's icons: one drawing (a globe on a disc, in the palette's button
 * colours), written out as SVG and turned into PNG at build time
 * (src/pages/icons/[icon].ts), never committed as binaries. The maskable one
 * fills its square and keeps the globe inside the central circle of 40 %
 * radius that every launcher's mask leaves visible (the W3C's safe zone).
 */
import type { AppColours } from './theme-colours.ts';

export interface IconFile {
  /** File name under /icons/. */
  name: string;
  type: 'image/svg+xml' | 'image/png';
  /** Pixel size of a PNG; the SVG scales to any. */
  size?: number;
  purpose: 'any' | 'maskable';
}

export const ICONS: readonly IconFile[] = [
  { name: 'icon.svg', type: 'image/svg+xml', purpose: 'any' },
  { name: 'icon-192.png', type: 'image/png', size: 192, purpose: 'any' },
  { name: 'icon-512.png', type: 'image/png', size: 512, purpose: 'any' },
  { name: 'icon-maskable-192.png', type: 'image/png', size: 192, purpose: 'maskable' },
  { name: 'icon-maskable-512.png', type: 'image/png', size: 512, purpose: 'maskable' },
];

export const iconUrl = (icon: IconFile) => `/icons/${icon.name}`;

/** The drawing on a 512 × 512 canvas: a disc (or, maskable, the full square) with a globe's outline, equator, two parallels and a meridian pair. */
export function iconSvg(colours: Pick<AppColours, 'iconFill' | 'iconLine'>, purpose: IconFile['purpose']): string {
  // The globe's radius: inside the safe zone's 204.8 px for the maskable icon, larger on the plain disc.
  const r = purpose === 'maskable' ? 150 : 180;
  const c = 256;
  const stroke = Math.round(r / 7.5);
  const parallel = Math.round(r * 0.5);
  const chord = Math.round(Math.sqrt(r * r - parallel * parallel));
  const ground = purpose === 'maskable' ? `<rect width="512" height="512" fill="${colours.iconFill}"/>` : `<circle cx="${c}" cy="${c}" r="248" fill="${colours.iconFill}"/>`;
  const lines = [
    `<circle cx="${c}" cy="${c}" r="${r}"/>`,
    `<ellipse cx="${c}" cy="${c}" rx="${Math.round(r * 0.42)}" ry="${r}"/>`,
    `<path d="M${c - r} ${c}H${c + r}M${c} ${c - r}V${c + r}M${c - chord} ${c - parallel}H${c + chord}M${c - chord} ${c + parallel}H${c + chord}"/>`,
  ].join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${ground}<g fill="none" stroke="${colours.iconLine}" stroke-width="${stroke}">${lines}</g></svg>\n`;
}
