/**
 * What readers type, and the guidance page (by its key) each query must find
 * first. Real Swedish queries: the programme's compounds in their inflected
 * forms, parts of compounds, synonyms and common misspellings; and English
 * ones, including the Swedish terms an English reader meets in the text.
 * Pages find words they do not spell out through src/components/search/search-terms.ts.
 */
export interface Query {
  readonly q: string;
  /** The `key` of the guidance page that must be the first hit. */
  readonly first: string;
  /** Why this query is on the list. */
  readonly kind: 'word' | 'inflection' | 'compound' | 'part' | 'synonym' | 'misspelling' | 'phrase';
}

export const QUERIES: Readonly<Record<'sv' | 'en', readonly Query[]>> = {
  sv: [
    { q: 'egenfinansiering', first: 'economy', kind: 'word' },
    { q: 'egenfinansieringen', first: 'economy', kind: 'inflection' },
    { q: 'schablon', first: 'economy', kind: 'word' },
    { q: 'schabloner', first: 'economy', kind: 'inflection' },
    { q: 'shablon', first: 'economy', kind: 'misspelling' },
    { q: 'schablonbelopp', first: 'economy', kind: 'compound' },
    { q: 'medfinansiering', first: 'economy', kind: 'synonym' },
    { q: 'motfinansiering', first: 'economy', kind: 'synonym' },
    { q: 'eget bidrag', first: 'economy', kind: 'synonym' },
    { q: 'partnerskolan', first: 'project-structure', kind: 'inflection' },
    { q: 'partnerskolor', first: 'project-structure', kind: 'inflection' },
    { q: 'fördjupningsprojektet', first: 'project-type', kind: 'inflection' },
    { q: 'fördjupningsprojekt', first: 'project-type', kind: 'compound' },
    { q: 'fördjupning', first: 'project-type', kind: 'part' },
    { q: 'nytt projekt', first: 'project-type', kind: 'phrase' },
    { q: 'slutrapport', first: 'reporting', kind: 'compound' },
    { q: 'rapport', first: 'reporting', kind: 'part' },
    { q: 'redovisning', first: 'reporting', kind: 'synonym' },
    { q: 'seminarium', first: 'seminars', kind: 'word' },
    { q: 'webbinarium', first: 'seminars', kind: 'synonym' },
    { q: 'ansökan', first: 'application', kind: 'word' },
    { q: 'bedömning', first: 'application', kind: 'word' },
    { q: 'avbokning', first: 'if-something-happens', kind: 'synonym' },
    { q: 'inställd resa', first: 'if-something-happens', kind: 'phrase' },
    { q: 'ordlista', first: 'glossary', kind: 'word' },
    { q: 'handläggare', first: 'glossary', kind: 'word' },
    { q: 'OECD', first: 'project-structure', kind: 'word' },
  ],
  en: [
    { q: 'own contribution', first: 'economy', kind: 'phrase' },
    { q: 'co-financing', first: 'economy', kind: 'synonym' },
    { q: 'cofinancing', first: 'economy', kind: 'misspelling' },
    { q: 'flat rate', first: 'economy', kind: 'phrase' },
    { q: 'egenfinansiering', first: 'economy', kind: 'word' },
    { q: 'partner schools', first: 'project-structure', kind: 'inflection' },
    { q: 'deepening project', first: 'project-type', kind: 'phrase' },
    { q: 'final report', first: 'reporting', kind: 'phrase' },
    { q: 'seminars', first: 'seminars', kind: 'inflection' },
    { q: 'webinar', first: 'seminars', kind: 'synonym' },
    { q: 'cancellation', first: 'if-something-happens', kind: 'synonym' },
    { q: 'glossary', first: 'glossary', kind: 'word' },
  ],
};
