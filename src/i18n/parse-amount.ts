/**
 * Reads an amount of money as a reader types it, in either language, and
 * returns whole öre, or null when it is not an amount.
 *
 * Accepted: `220000`, `220 000`, `220 000,50`, `220000 kr`, `SEK 220,000`,
 * `1 500,50`, `1500.50`. Grouping may be a space, a no-break space, a thin space
 * or (English) a comma followed by exactly three digits; a decimal separator is
 * a comma or a point followed by one or two digits.
 */
const GROUP_SPACES = /[\s\u00a0\u202f\u2009]/g;

export function parseAmountToOre(input: string): number | null {
  let s = input.trim().replace(/^(sek|kr)\.?\s*/i, '').replace(/\s*(sek|kr|kronor|:-)\.?$/i, '');
  s = s.replace(GROUP_SPACES, '');
  if (s === '') return null;
  // English grouping commas: 220,000 or 1,500,000.50
  if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(s)) s = s.replace(/,/g, '');
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(s);
  if (!match) return null;
  const kronor = Number(match[1]);
  const ore = Number((match[2] ?? '').padEnd(2, '0'));
  const total = kronor * 100 + ore;
  return Number.isSafeInteger(total) ? total : null;
}
