/**
 * The reader's answers as a printout lists them: label and value in words,
 * from validated state only (a country by its code's name, a level by its key's
 * name), never the raw text of a field that did not read.
 */
import { countryName, formatNumber } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { PartnerCheckerText } from '../../i18n/widgets/partner-checker.ts';
import type { SchoolLevel } from '../../rules/school-levels.ts';
import { parseCount } from '../kit/parse.ts';
import type { PrintAnswer } from '../kit/PrintSummary.tsx';
import { codeForTyped } from './countries.ts';
import type { FormChoices, FormState } from './form-state.ts';
import { rowTitle } from './names.ts';

export function printAnswers(form: FormState, locale: Locale, text: PartnerCheckerText, choices: FormChoices): PrintAnswer[] {
  const level = (l: SchoolLevel | '') => (l ? text.levels[l] : '–');
  const count = parseCount(form.participants, locale);
  const swedish = form.swedish.map((r, i) => `${rowTitle('swedish', i, text)}: ${level(r.level)}`).join('; ');
  const foreign = form.foreign
    .map((r, i) => {
      const code = codeForTyped(r.countryText, locale, choices.countries);
      return `${rowTitle('foreign', i, text)}: ${code ? countryName(code, locale) : '–'}, ${level(r.level)}`;
    })
    .join('; ');
  return [
    { label: text.answerParticipants, value: count.ok ? formatNumber(count.value, locale) : undefined },
    { label: text.answerType, value: form.exchangeType ? text.types[form.exchangeType] : undefined },
    { label: text.answerSwedish, value: swedish },
    { label: text.answerForeign, value: foreign || text.answerNone },
    { label: text.answerVisits, value: form.visits ? text[`visits.${form.visits}`] : undefined },
  ];
}
