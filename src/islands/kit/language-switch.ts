/**
 * The language switch is a plain link to the paired page (it works without
 * JavaScript). Where a widget runs, the answers live in the query string and
 * every widget key is language-neutral (numbers as `220000`, country codes,
 * answer ids), so the link can simply take the page's query along: switching
 * Swedish ⇄ English keeps the reader's answers.
 */
export function carryAnswersToLanguageSwitch(): void {
  if (typeof document === 'undefined') return;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
    const target = new URL(link.href);
    target.search = location.search;
    link.href = target.href;
  }
}
