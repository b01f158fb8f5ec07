/**
 * Where in the guidance each partnership finding is explained: a page (its URL
 * comes from the page, as the route registry is build-time only) and the
 * section on it. Section ids are the slugs Astro gives the pages' headings;
 * the browser test follows each finding's link on the built page, so a
 * renamed heading fails a test rather than leaving a dead anchor.
 */
import type { Locale } from '../../i18n/locales.ts';

/** The page that states the partnership rules in text ("Projektets uppbyggnad"). */
export const RULE_TEXT_PAGE = 'project-structure';

type Section = 'structure' | 'where' | 'visits';

export const SECTION_IDS: Readonly<Record<Locale, Readonly<Record<Section, string>>>> = {
  sv: {
    structure: 'hur-projektet-är-uppbyggt',
    where: 'var-partnerskolorna-kan-ligga',
    visits: 'besök-i-sverige--bara-med-länder-utanför-oecd',
  },
  en: {
    structure: 'how-the-project-is-structured',
    where: 'where-partner-schools-can-be',
    visits: 'visits-to-sweden--only-with-countries-outside-the-oecd',
  },
};

const SECTION_OF_RULE: Readonly<Record<string, Section>> = {
  'partnership.partner-in-eu-eea': 'where',
  'partnership.sweden-as-foreign': 'where',
  'partnership.funded-visits-oecd': 'visits',
  'partnership.funded-visits-outside-oecd': 'visits',
};

export function guideUrlFor(rule: string, guideUrls: Readonly<Record<string, string>>, locale: Locale): string | undefined {
  const page = guideUrls[RULE_TEXT_PAGE];
  if (!page) return undefined;
  return `${page}#${SECTION_IDS[locale][SECTION_OF_RULE[rule] ?? 'structure']}`;
}
