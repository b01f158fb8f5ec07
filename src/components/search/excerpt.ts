import { TERMS_MARK } from './terms-mark.ts';

/**
 * Pagefind's excerpt is HTML-escaped text with <mark> around the matched words.
 * Rebuild it as text nodes and <mark> elements, so nothing in the index can
 * become markup on the page. The page's extra search words (from TERMS_MARK
 * on, see terms-mark.ts) are left out: the reader sees the page's own text.
 */
export function excerptNodes(excerpt: string): Node[] {
  const parts = withoutSearchTerms(excerpt).split(/<mark>|<\/mark>/);
  return parts.map((part, i) => {
    const text = decodeEntities(part);
    if (i % 2 === 0) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

/** The excerpt up to the page's extra search words; a <mark> left open by the cut is closed. */
export function withoutSearchTerms(excerpt: string): string {
  const at = excerpt.indexOf(TERMS_MARK);
  if (at < 0) return excerpt;
  const kept = excerpt.slice(0, at).trimEnd();
  const open = kept.lastIndexOf('<mark>') > kept.lastIndexOf('</mark>');
  return open ? `${kept}</mark>` : kept;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

/** Decodes the few entities an escaper writes; anything else stays as typed. */
export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_m, name: string) => ENTITIES[name] ?? _m);
}
