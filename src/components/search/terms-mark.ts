/**
 * Starts a page's extra search words in the index (SearchTerms.astro), so the
 * search page can cut them out of a result's excerpt (excerpt.ts): Pagefind
 * puts indexed attribute text into the page's content, and a reader should see
 * the page's own sentences, not a list of search words. A symbol, not a word,
 * so it is never a search term itself.
 */
export const TERMS_MARK = '⁂';
