/**
 * The half of the partner checker that loads on use (useOnUse): the check
 * and the verdict's view. The form, its reading, the URL and the error
 * summary are up front and never wait for it.
 *
 * The check is the rules module's, called once with the page's date. Its
 * import is the one line to change when a lighter evaluator (the same
 * verdict without the schema's validator) replaces it: the form's reader
 * already admits only what the schema accepts.
 */
import type { Locale } from '../../i18n/locales.ts';
import { kitStrings } from '../../i18n/widgets/kit.ts';
import type { IsoDate } from '../../rules/parameter.ts';
import { checkPartnership } from '../../rules/partnership/check.ts';
import type { PartnershipInput } from '../../rules/partnership/schema.ts';
import type { VerdictKind } from '../../rules/verdict.ts';

export { Result } from './Result.tsx';

export const check = (input: PartnershipInput, asOf: IsoDate) => checkPartnership(input, { date: asOf });

export type PartnershipVerdict = ReturnType<typeof check>;

/** The verdict's heading, for the live region that announces it. */
export const verdictHeading = (kind: Exclude<VerdictKind, 'invalid'>, locale: Locale): string => kitStrings[locale][`verdict.${kind}`];
