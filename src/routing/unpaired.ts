/**
 * Every guidance page exists in every language, paired by frontmatter `key`
 * (DESIGN.md). A page without its pair would still build — the language
 * switch falls back to the other start page — so the build has to refuse it
 * instead: this module decides which pages lack a pair and says so in words
 * an author can act on.
 */
import { LOCALES, type Locale } from '../i18n/locales.ts';

/** What the check needs to know of one guidance page. */
export interface PairablePage {
  readonly key: string;
  readonly locale: Locale;
  /** How to name the page to its author: its file, else its collection id. */
  readonly source: string;
}

export interface UnpairedPage {
  readonly page: PairablePage;
  /** The languages that have no page with this key. */
  readonly missing: readonly Locale[];
}

/** Pages whose key has no page in at least one other language, in input order. */
export function unpairedPages(pages: readonly PairablePage[]): UnpairedPage[] {
  const localesByKey = new Map<string, Set<Locale>>();
  for (const page of pages) {
    const locales = localesByKey.get(page.key) ?? new Set<Locale>();
    locales.add(page.locale);
    localesByKey.set(page.key, locales);
  }
  return pages.flatMap((page) => {
    const present = localesByKey.get(page.key)!;
    const missing = LOCALES.filter((locale) => !present.has(locale));
    return missing.length > 0 ? [{ page, missing }] : [];
  });
}

const LANGUAGE_NAME: Record<Locale, string> = { sv: 'Swedish', en: 'English' };

/** Throws one error listing every unpaired page, with what to add. */
export function assertEveryPagePaired(pages: readonly PairablePage[]): void {
  const unpaired = unpairedPages(pages);
  if (unpaired.length === 0) return;
  const lines = unpaired.map(
    ({ page, missing }) =>
      `  ${page.source} (key "${page.key}") has no ${missing.map((l) => LANGUAGE_NAME[l]).join(' or ')} pair: ` +
      `add ${missing.map((l) => `content/${l}/<name>.mdx`).join(' and ')} with \`key: ${page.key}\`.`,
  );
  throw new Error(`Every guidance page needs its pair in the other language (same frontmatter key):\n${lines.join('\n')}`);
}
