/**
 * Words a reader types that a page does not spell out, per guidance page and
 * language: the inflected forms and parts of the programme's compounds
 * ("partnerskolan", "fördjupningsprojektet"), synonyms ("medfinansiering" for
 * egenfinansiering) and common misspellings ("shablon"). Pagefind stems
 * Swedish but does not split compounds or know synonyms, so these go into the
 * index as hidden text on the page that answers them (SearchTerms.astro), with
 * extra weight. Words taken from the glossary (content/<lang>/ordlista.mdx) and
 * from the query list in test/browser/search/search-queries.ts, which holds each page to
 * being the first hit.
 */
import type { Locale } from '../../i18n/locales.ts';

export const SEARCH_TERMS: Readonly<Record<string, Readonly<Record<Locale, readonly string[]>>>> = {
  economy: {
    sv: [
      'egenfinansieringen', 'egen finansiering', 'medfinansiering', 'motfinansiering', 'eget bidrag', 'egen insats',
      'shablon', 'schablonen', 'schablonerna', 'schablonbelopp', 'schablonbeloppet', 'bidragets storlek', 'budget',
    ],
    en: [
      'co-financing', 'cofinancing', 'co-funding', 'match funding', 'own funding', 'own share', 'flat-rate', 'flat rates',
      'lump sum', 'grant amount', 'budget', 'egenfinansiering', 'schablon',
    ],
  },
  'project-type': {
    sv: [
      'fördjupningsprojektet', 'fördjupningsprojekten', 'fördjupningsprojekt', 'fördjupning', 'nytt projekt', 'nya projekt',
      'projekttyp', 'samma partner igen', 'fortsättning', 'förlängning',
    ],
    en: ['deepening project', 'deepening projects', 'follow-up project', 'continuation', 'same partner again', 'project type', 'fördjupningsprojekt'],
  },
  'project-structure': {
    sv: ['partnerskolan', 'partnerskolor', 'partnerskolorna', 'partnerskola', 'partner', 'skola', 'antal skolor', 'antal deltagare', 'skolnivå'],
    en: ['partner school', 'partner schools', 'partnerschool', 'partners', 'number of schools', 'number of participants', 'partnerskola'],
  },
  reporting: {
    sv: ['slutrapporten', 'redovisning', 'redovisa', 'rapporten', 'återrapportering'],
    en: ['final report', 'report back', 'accounting for the grant', 'slutrapport'],
  },
  'if-something-happens': {
    sv: ['avbokning', 'inställd resa', 'ställa in resan', 'avbryta', 'reseavrådan', 'ändrade planer'],
    en: ['cancel', 'cancellation', 'cancelled trip', 'travel advice', 'change of plans'],
  },
  seminars: {
    sv: ['seminariet', 'webbinarium', 'informationsmöte'],
    en: ['webinar', 'information meeting'],
  },
  glossary: {
    sv: ['begrepp', 'ordförklaringar', 'termer'],
    en: ['terms', 'terminology', 'definitions', 'word list'],
  },
};

export const searchTermsFor = (pageKey: string, locale: Locale): readonly string[] => SEARCH_TERMS[pageKey]?.[locale] ?? [];
