/**
 * The rows' names as the form's legends show them ("Partnerskola 2
 * utomlands"), from the text the page hands over (built from the rule
 * messages' row names), so that a legend, an error summary entry and a
 * finding's sentence call a row the same thing.
 */
import type { PartnerCheckerText } from '../../i18n/widgets/partner-checker.ts';
import type { Side } from './form-state.ts';

/** Input paths of the check: the form's rows map onto them in order. */
export const swedishPath = (index: number): string => `swedishSchools.${index}`;
export const foreignPath = (index: number): string => `foreignSchools.${index}`;

export const rowTitle = (side: Side, index: number, text: PartnerCheckerText): string => text.rows[side][index] ?? '';

/** A row's legend from its input path (`foreignSchools.1`), for an error about a field in it. */
export function rowTitleOf(path: string, text: PartnerCheckerText): string {
  const match = /^(swedishSchools|foreignSchools)\.(\d+)$/.exec(path);
  return match ? rowTitle(match[1] === 'swedishSchools' ? 'swedish' : 'foreign', Number(match[2]), text) : '';
}
