/**
 * Where in the guidance each partnership rule is explained: the page that
 * states the rules in text ("Projektets uppbyggnad") and the section on it.
 * Section ids are the slugs Astro gives the page's headings; the browser test
 * follows each finding's link on the built page, so a renamed heading fails a
 * test rather than leaving a dead anchor. Worked out by the page (the route
 * registry is build-time only) and handed to the island as `links.guideHrefs`.
 */
import type { Locale } from '../../../i18n/locales.ts';
import { PARTNERSHIP_RULES, type PartnershipRule } from '../../../rules/partnership/rules.ts';

/** The page that states the partnership rules in text. */
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

/** Every rule has its section: a new rule in src/rules fails the type check here until it has one. */
const SECTION_OF_RULE: Readonly<Record<PartnershipRule, Section>> = {
  'partnership.too-few-participants': 'structure',
  'partnership.no-swedish-school': 'structure',
  'partnership.no-foreign-school': 'structure',
  'partnership.too-many-swedish-schools': 'structure',
  'partnership.too-many-foreign-schools': 'structure',
  'partnership.too-many-schools': 'structure',
  'partnership.school-level-too-high': 'structure',
  'partnership.school-not-formal-education': 'structure',
  'partnership.confirm-partner-level': 'structure',
  'partnership.partner-in-eu-eea': 'where',
  'partnership.partner-in-territory-of-eu-eea-state': 'where',
  'partnership.sweden-as-foreign': 'where',
  'partnership.funded-visits-oecd': 'visits',
  'partnership.funded-visits-outside-oecd': 'visits',
};

/** Rule key → the guidance section that explains it, on the rule-text page at `pageUrl`. */
export const guideHrefs = (pageUrl: string, locale: Locale): Record<string, string> =>
  Object.fromEntries(PARTNERSHIP_RULES.map((rule) => [rule, `${pageUrl}#${SECTION_IDS[locale][SECTION_OF_RULE[rule]]}`]));

/** Where the noscript note sends a reader: the section that lays out how a project is built. */
export const ruleTextHref = (pageUrl: string, locale: Locale): string => `${pageUrl}#${SECTION_IDS[locale].structure}`;
