/**
 * The embeddable widgets (docs/adr/0010-…): one page per widget and language,
 * `/<lang>/embed/<widget slug>/`, showing the widget alone for other sites to
 * frame. Their routes are worked out here, once, from the guidance page that
 * declares the widget in its frontmatter (the "full page" an embed links back
 * to and names as canonical). Pure, so it is tested without Astro; the
 * registry adds these routes to the site's list.
 *
 * They are routes like any other (hreflang pairs, language switch, canonical),
 * but not pages of the guide: no sitemap entry, no search index, no robots
 * indexing, and a server lets any site frame them and nothing else
 * (src/deploy/frame-policy.ts).
 */
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { pathFor, type Route } from './route.ts';

/** The fixed first segment after the language, the same in both (the issue names `/<lang>/embed/<widget>/`). */
export const EMBED_SEGMENT = 'embed';

/** The widgets by the names pages declare them with (src/components/widgets/widget-names.ts). */
export type EmbeddableWidget = 'project-type-quiz' | 'partner-checker' | 'co-financing';

/** Each widget's slug per language: the guide's own term for what the check checks (English: `own contribution`, never `co-financing`). */
export const EMBED_SLUGS: Readonly<Record<EmbeddableWidget, Readonly<Record<Locale, string>>>> = {
  'project-type-quiz': { sv: 'projekttyp', en: 'project-type' },
  'partner-checker': { sv: 'partnerskap', en: 'partnership' },
  'co-financing': { sv: 'egenfinansiering', en: 'own-contribution' },
};

export const EMBEDDABLE_WIDGETS = Object.keys(EMBED_SLUGS) as EmbeddableWidget[];

/** The registry key of a widget's embed page (a guidance key cannot hold a colon, so none collides). */
export const embedKey = (widget: EmbeddableWidget): string => `embed:${widget}`;

export const embedUrl = (widget: EmbeddableWidget, locale: Locale): string =>
  pathFor(locale, `${EMBED_SEGMENT}/${EMBED_SLUGS[widget][locale]}`);

/** Every embed page's URL, both languages: for the tests and the report, which do not read the registry. */
export const EMBED_URLS: readonly string[] = EMBEDDABLE_WIDGETS.flatMap((widget) => LOCALES.map((locale) => embedUrl(widget, locale)));

/** Whether a site path is an embed page (or anything below one): what the server frame policy keys on. */
export const isEmbedPath = (path: string): boolean => LOCALES.some((locale) => path.startsWith(`/${locale}/${EMBED_SEGMENT}/`));

/** What an embed route needs of a guidance page: its route and the widgets its frontmatter declares. */
export interface DeclaredWidgets {
  readonly route: Route;
  readonly widgets: readonly string[];
}

/**
 * One embed route per widget and language, each pointing at the one guidance
 * page of that language that declares the widget (`fullKey`). A widget
 * declared on no page, or on two, in a language stops the build: the embed
 * would have no page to send its reader to, or two.
 */
export function buildEmbedRoutes(guides: readonly DeclaredWidgets[]): Route[] {
  return EMBEDDABLE_WIDGETS.flatMap((widget) =>
    LOCALES.map((locale): Route => {
      const full = guides.filter((g) => g.route.locale === locale && g.route.kind === 'guide' && g.widgets.includes(widget));
      if (full.length !== 1) {
        throw new Error(`The ${widget} widget is declared on ${full.length} guidance pages in ${locale}; its embed page needs exactly one to link back to`);
      }
      const page = full[0]!.route;
      return {
        key: embedKey(widget),
        locale,
        slug: `${EMBED_SEGMENT}/${EMBED_SLUGS[widget][locale]}`,
        url: embedUrl(widget, locale),
        kind: 'embed',
        title: page.navTitle,
        navTitle: page.navTitle,
        order: null,
        entryId: null,
        embed: { widget, fullKey: page.key },
      };
    }),
  );
}
