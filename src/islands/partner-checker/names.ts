/**
 * The names the form shows for rows, school levels and exchange types. They
 * come in the text the page hands over (built from src/i18n terms and the rule
 * messages' row names), so that a legend, an error message and a finding's
 * sentence call a row the same thing.
 */
import type { PartnerCheckerText } from '../../i18n/widgets/partner-checker.ts';

/** Input paths of the check: the form's rows map onto them in order. */
export const swedishPath = (index: number): string => `swedishSchools.${index}`;
export const foreignPath = (index: number): string => `foreignSchools.${index}`;

function rowOf(path: string): { side: 'swedish' | 'foreign'; index: number } | null {
  const match = /^(swedishSchools|foreignSchools)\.(\d+)$/.exec(path);
  return match ? { side: match[1] === 'swedishSchools' ? 'swedish' : 'foreign', index: Number(match[2]) } : null;
}

/** A row as it stands inside a sentence: "partnerskola 2 utomlands". */
export function rowInText(path: string, text: PartnerCheckerText): string {
  const row = rowOf(path);
  return (row && text.rows[`${row.side}InText`][row.index]) ?? '';
}

/** A row as a legend says it: "Partnerskola 2 utomlands". */
export function rowTitle(path: string, text: PartnerCheckerText): string {
  const row = rowOf(path);
  return (row && text.rows[`${row.side}Title`][row.index]) ?? '';
}
