/**
 * Pages that are not guidance text from content/: the search page, the rules
 * page, and the pages widget helpers add (self-check, workshop). Adding one is
 * a single line here plus a page file that asks `staticPathsFor(key)` for its
 * paths (see src/pages/[lang]/[search].astro). Everything that needs their URL
 * (navigation, language switch, hreflang, sitemap, tests) reads this list.
 */
import type { Locale } from '../i18n/locales.ts';

export interface ExtraPage {
  /** Shared by both languages, like a guidance page's frontmatter `key`. */
  readonly key: string;
  /** The URL segment per language: `/sv/<slug>/`, `/en/<slug>/`. */
  readonly slugs: Readonly<Record<Locale, string>>;
  /** Name in lists (footer, sitemap-adjacent UI). */
  readonly titles: Readonly<Record<Locale, string>>;
  /** Where the page is linked from on every page: the footer, or nowhere (the page links itself in). */
  readonly linkedFrom: 'footer' | 'none';
}

export const EXTRA_PAGES: readonly ExtraPage[] = [
  { key: 'search', slugs: { sv: 'sok', en: 'search' }, titles: { sv: 'Sök', en: 'Search' }, linkedFrom: 'none' },
  { key: 'rules-and-sources', slugs: { sv: 'regler-och-kallor', en: 'rules-and-sources' }, titles: { sv: 'Regler och källor', en: 'Rules and sources' }, linkedFrom: 'footer' },
  { key: 'self-check', slugs: { sv: 'sjalvtest', en: 'self-check' }, titles: { sv: 'Självtest', en: 'Self-check' }, linkedFrom: 'footer' },
  { key: 'workshop', slugs: { sv: 'workshop', en: 'workshop' }, titles: { sv: 'Workshop', en: 'Workshop' }, linkedFrom: 'footer' },
  { key: 'changes', slugs: { sv: 'andringar', en: 'changes' }, titles: { sv: 'Ändringar', en: 'Changes' }, linkedFrom: 'footer' },
  { key: 'accessibility', slugs: { sv: 'tillganglighet', en: 'accessibility' }, titles: { sv: 'Tillgänglighetsredogörelse', en: 'Accessibility statement' }, linkedFrom: 'footer' },
];
