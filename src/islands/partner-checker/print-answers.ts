/**
 * The reader's answers as a printout lists them: label and value in words,
 * from validated state only (a country by its code's name, a level by its key's
 * name), never the raw text of a field that did not read.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { PartnerCheckerStrings } from '../../i18n/widgets/partner-checker.ts';
import { countryName, formatNumber } from '../../i18n/format.ts';
import type { PrintAnswer } from '../kit/index.ts';
import { codeForTyped } from './countries.ts';
import type { FormState } from './form-state.ts';
import type { SchoolLevel } from './options.ts';
import { readCount } from './read-form.ts';
import { exchangeTypeName, foreignPath, levelName, rowTitle, swedishPath } from './names.ts';

export function printAnswers(
  form: FormState,
  locale: Locale,
  t: PartnerCheckerStrings,
): PrintAnswer[] {
  const level = (l: SchoolLevel | '') => (l ? levelName(l, locale) : '–');
  const count = readCount(form.participants);
  const swedish = form.swedish.map((r, i) => `${rowTitle(swedishPath(i), locale)}: ${level(r.level)}`).join('; ');
  const foreign = form.foreign
    .map((r, i) => {
      const code = codeForTyped(r.countryText, locale);
      return `${rowTitle(foreignPath(i), locale)}: ${code ? countryName(code, locale) : '–'}, ${level(r.level)}`;
    })
    .join('; ');
  return [
    { label: t.answerParticipants, value: 'value' in count ? formatNumber(count.value, locale) : undefined },
    { label: t.answerType, value: form.exchangeType ? exchangeTypeName(form.exchangeType, locale) : undefined },
    { label: t.answerSwedish, value: swedish },
    { label: t.answerForeign, value: foreign || t.answerNone },
    { label: t.answerVisits, value: form.visits ? t[`visits.${form.visits}`] : undefined },
  ];
}
