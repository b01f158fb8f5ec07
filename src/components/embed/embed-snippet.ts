/**
 * The code a host site pastes to show a widget: a lazy iframe of the widget's
 * embed page, titled for screen readers, and the optional script that sizes
 * the frame to the widget (/embed.js). Addresses are absolute, on the site's
 * public origin (Astro's `site`: SITE_URL when deploying).
 */
import type { Locale } from '../../i18n/locales.ts';
import { escapeXml } from '../../routing/escape-xml.ts';
import { embedUrl, type EmbeddableWidget } from '../../routing/embed-pages.ts';

/** The host script's address on the site. */
export const HOST_SCRIPT_PATH = '/embed.js';

/** The attribute /embed.js finds the frames by. */
export const FRAME_ATTRIBUTE = 'data-atlasguiden-embed';

/** The frame's height before the script (or without it): about the widget before any answer, at a common width. */
export const INITIAL_HEIGHT: Readonly<Record<EmbeddableWidget, number>> = {
  'project-type-quiz': 640,
  'partner-checker': 1200,
  'co-financing': 1200,
};

export function embedSnippet(widget: EmbeddableWidget, locale: Locale, origin: URL | string, frameTitle: string): string {
  const abs = (path: string) => new URL(path, origin).href;
  return [
    `<iframe src="${escapeXml(abs(embedUrl(widget, locale)))}" title="${escapeXml(frameTitle)}" loading="lazy" height="${INITIAL_HEIGHT[widget]}" style="width: 100%; border: 0;" ${FRAME_ATTRIBUTE}></iframe>`,
    `<script src="${escapeXml(abs(HOST_SCRIPT_PATH))}" async></script>`,
  ].join('\n');
}
