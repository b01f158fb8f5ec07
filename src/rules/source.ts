/**
 * Where a programme fact comes from. Every parameter value carries one, so the
 * site can show "source" beside every number and a test can check the quote.
 *
 * - `seed`: one of the two guidance texts in ../shared/seeds, quoted verbatim
 *   (Swedish, as the administrator wrote it). A test finds the quote in the file.
 * - `facts`: an entry of ../shared/seeds/FACTS.md with its grade. `secondary`
 *   facts must be shown with a "check the current call" note.
 */
export const SEED_FILES = {
  howItWorks: '000_a6b80de3e7b8f9db.txt',
  programmePage: '001_396a75b6074e72a9.txt',
} as const;

export type SeedFile = (typeof SEED_FILES)[keyof typeof SEED_FILES];

export type FactGrade = 'official' | 'secondary' | 'derived';

export interface SeedSource {
  readonly kind: 'seed';
  readonly file: SeedFile;
  /** Verbatim Swedish sentence (or part of one) from the seed file. */
  readonly quote: string;
}

export interface FactsSource {
  readonly kind: 'facts';
  /** The FACTS.md heading the fact stands under. */
  readonly section: string;
  readonly grade: FactGrade;
  /** Verbatim text from FACTS.md that states the fact. */
  readonly quote: string;
}

export type Source = SeedSource | FactsSource;

/**
 * A public legal text or standard, cited by title, address and the article or
 * entry that states the fact (places: the EU treaties on EUR-Lex, the EEA
 * Agreement, ISO 3166). Deliberately without a quote: we cite where the rule
 * stands, we do not claim to hold its wording, so there is nothing a verbatim
 * test could check and nothing to fake. Not part of `Source` (which the seed
 * and FACTS.md tests read quote by quote); places carry it beside the
 * programme's own sources.
 */
export interface PublicTextSource {
  readonly kind: 'public-text';
  /** The text's title, e.g. "Treaty on the Functioning of the European Union (consolidated version 2016)". */
  readonly title: string;
  /** Where the text can be read. */
  readonly url: string;
  /** The article, paragraph or entry that states the fact, e.g. "Article 355(4)". */
  readonly part: string;
}

export const publicText = (title: string, url: string, part: string): PublicTextSource => ({
  kind: 'public-text',
  title,
  url,
  part,
});

export const seed = (file: SeedFile, quote: string): SeedSource => ({ kind: 'seed', file, quote });

export const fact = (section: string, grade: FactGrade, quote: string): FactsSource => ({
  kind: 'facts',
  section,
  grade,
  quote,
});
