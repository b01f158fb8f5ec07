/**
 * /icons/icon.svg and its PNGs (192 and 512 px, plain and maskable), drawn
 * from the palette at build time (src/offline/icons.ts); the PNGs are
 * rendered from the same SVG by resvg, so no binary is committed.
 */
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import { ICONS, iconSvg, type IconFile } from '../../offline/icons.ts';
import { APP_COLOURS } from '../../offline/site-colours.ts';

export const getStaticPaths = (() => ICONS.map((icon) => ({ params: { icon: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: IconFile }> = ({ props: { icon } }) => {
  const svg = iconSvg(APP_COLOURS, icon.purpose);
  if (!icon.size) return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: icon.size } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
