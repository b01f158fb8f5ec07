/**
 * One change of the changelog in the reader's words, for the changes page and
 * its Atom feed alike: the value's name, what applied the day before and from
 * the day, the periods affected, and the source of the new value (or of the
 * one that ended).
 */
import type { Locale } from '../../i18n/locales.ts';
import { ui } from '../../i18n/ui/index.ts';
import { sourceWords } from '../../i18n/ui/source-words.ts';
import { parameters, type ParameterChange } from '../../rules/index.ts';
import type { Source } from '../../rules/source.ts';
import { showValue } from './format-value.ts';
import { periodWords } from './period-words.ts';

export interface ChangeWords {
  readonly name: string;
  readonly kind: string;
  readonly before: string;
  readonly after: string;
  readonly period: string;
  readonly source: Source;
  /** The source in one line: its origin and the day read, and the quoted words for the administrator's texts. */
  readonly sourceLine: string;
}

export function changeWords(change: ParameterChange, locale: Locale): ChangeWords {
  const t = ui(locale).changesPage;
  const parameter = parameters[change.parameter];
  const summary = (v: ParameterChange['before']) => (v ? showValue(v.value, parameter.unit, locale, change.parameter).summary : t.noValue);
  const dated = (change.after ?? change.before)!;
  const words = sourceWords(dated.source, locale);
  const [open, close] = locale === 'sv' ? ['”', '”'] : ['“', '”'];
  const quote = dated.source.kind === 'seed' ? ` ${open}${dated.source.quote}${close}` : '';
  return {
    name: ui(locale).rulesPage.parameters[change.parameter],
    kind: t.kinds[change.kind],
    before: summary(change.before),
    after: summary(change.after),
    period: periodWords(
      {
        from: change.period.from,
        fromGiven: change.period.from === dated.validFrom ? dated.validFromGiven : undefined,
        to: change.period.to,
        readOn: dated.readOn,
      },
      locale,
    ),
    source: dated.source,
    sourceLine: `${words.text}.${quote}${words.checkCurrentCall ? ` ${ui(locale).rulesPage.checkCurrentCall}` : ''}`,
  };
}
