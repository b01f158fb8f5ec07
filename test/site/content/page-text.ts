/**
 * The reading text of a built page: the contents of <main> (the article, its
 * headings and lists), without scripts and styles, entities decoded, and all
 * whitespace — including the no-break and narrow no-break spaces that Intl puts
 * in Swedish numbers — folded to one space. Inline elements join without a gap,
 * block elements with one, so ”<span>fyra</span> deltagare” reads as it shows.
 */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export const foldSpace = (s: string): string => s.replace(/\s+/gu, ' ').trim();

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

export function pageText(html: string): string {
  const main = /<main\b[\s\S]*?<\/main>/i.exec(html)?.[0] ?? /<body\b[\s\S]*<\/body>/i.exec(html)?.[0] ?? html;
  const withoutCode = main.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<!--[\s\S]*?-->/g, ' ');
  const text = withoutCode.replace(/<\/?([a-zA-Z][\w-]*)\b[^>]*>/g, (_tag, name: string) =>
    INLINE.has(name.toLowerCase()) ? '' : ' ',
  );
  return foldSpace(decodeEntities(text));
}
