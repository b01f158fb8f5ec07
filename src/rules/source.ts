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

export const seed = (file: SeedFile, quote: string): SeedSource => ({ kind: 'seed', file, quote });

export const fact = (section: string, grade: FactGrade, quote: string): FactsSource => ({
  kind: 'facts',
  section,
  grade,
  quote,
});
