/**
 * Pagefind's excerpt is HTML-escaped text with <mark> around the matched words.
 * Rebuild it as text nodes and <mark> elements, so nothing in the index can
 * become markup on the page.
 */
export function excerptNodes(excerpt: string): Node[] {
  const parts = excerpt.split(/<mark>|<\/mark>/);
  return parts.map((part, i) => {
    const text = decodeEntities(part);
    if (i % 2 === 0) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

/** Decodes the few entities an escaper writes; anything else stays as typed. */
export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_m, name: string) => ENTITIES[name] ?? _m);
}
