/**
 * The widget's day, said where the reader sees it (docs/adr/0006: one day per
 * page view, stated): "… in force on 3 December 2026", and when the address
 * asked for a day that is no date, that the page's day applies instead. Also
 * the note that takes the result's place when the rules hold nothing for the
 * day: no answer is wrong then, so none is given.
 */
import { formatDate } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { AsOf } from './as-of.ts';
import { fill } from './fill.ts';
import { useKitWords } from './kit-words.ts';

export interface AsOfNoteProps {
  readonly locale: Locale;
  readonly day: AsOf;
  /** The widget's sentence with `{date}`. */
  readonly text: string;
}

export function AsOfNote({ locale, day, text }: AsOfNoteProps) {
  const t = useKitWords();
  return (
    <p class="kit-as-of" data-as-of={day.asOf}>
      {fill(text, { date: formatDate(day.asOf, locale) })}
      {day.asked && !day.valid && <> {t.asOfInvalid}</>}
    </p>
  );
}

/** In the result's place: the rules hold no value for the day (`text` with `{date}`). */
export function NoRulesOnDay({ locale, asOf, text }: { readonly locale: Locale; readonly asOf: string; readonly text: string }) {
  return (
    <p class="kit-load-problem" role="status" data-no-rules-on={asOf}>
      {fill(text, { date: formatDate(asOf, locale) })}
    </p>
  );
}
