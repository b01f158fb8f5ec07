/**
 * The text <Param> renders for a parameter: its current value formatted for the
 * page's language, or, when asked, a small count as a word (”minst fyra
 * deltagare”, as Swedish style writes numbers up to twelve in running text).
 * Words apply only to counts, weeks and rounds per year up to twelve; anything
 * else keeps its digits, so a changed parameter can never become a wrong word.
 */
import { formatParameter } from '../../i18n/format-parameter.ts';
import type { Locale } from '../../i18n/locales.ts';
import { current } from '../../rules/parameter.ts';
import type { Parameter } from '../../rules/parameter.ts';
import { parameters, type ParameterKey } from '../../rules/params/index.ts';
import { numberWord } from './number-words.ts';

const WORD_UNITS: ReadonlySet<string> = new Set(['count', 'weeks', 'per-year']);
const MAX_AS_WORD = 12;

export function paramText(name: ParameterKey, locale: Locale, opts: { words?: boolean } = {}): string {
  // Widened: the union of every parameter's own value type is not callable as one.
  const parameter: Parameter | undefined = parameters[name];
  if (!parameter) throw new Error(`unknown parameter "${String(name)}"`);
  const value: unknown = current(parameter);
  if (opts.words && WORD_UNITS.has(parameter.unit) && typeof value === 'number' && value <= MAX_AS_WORD) {
    const word = numberWord(value, locale);
    if (word !== null) return word;
  }
  return formatParameter(parameter, locale);
}
