import type { Locale } from '../i18n/locales.ts';
import type { EmbeddableWidget } from './embed-pages.ts';

/** One built page in one language. Every URL on the site comes from one of these. */
export interface Route {
  /** Shared by a page and its pair in the other language. */
  readonly key: string;
  readonly locale: Locale;
  /** The path below `/<locale>/`: '' for the language's start page, else one segment (two for an embed page: `embed/<widget>`). */
  readonly slug: string;
  /** Site-relative URL with a trailing slash: `/sv/ekonomi-och-schabloner/`. */
  readonly url: string;
  /** `embed`: a widget alone, for other sites to frame (src/routing/embed-pages.ts). */
  readonly kind: 'guide' | 'extra' | 'embed';
  readonly title: string;
  /** What the navigation shows: the frontmatter's navTitle, else the title. */
  readonly navTitle: string;
  /** Reading order of guidance pages (1 = first); extra pages have none. */
  readonly order: number | null;
  /** For guidance pages: the collection entry id, to render the page. */
  readonly entryId: string | null;
  /** For embed pages: the widget, and the key of the guidance page that holds it in full. */
  readonly embed?: { readonly widget: EmbeddableWidget; readonly fullKey: string };
}

/** `/sv/`, `/sv/ekonomi-och-schabloner/`. */
export const pathFor = (locale: Locale, slug: string): string => (slug === '' ? `/${locale}/` : `/${locale}/${slug}/`);
