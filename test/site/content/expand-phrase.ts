/**
 * Checklist phrases name parameters instead of typing their values:
 * `{name}` → the value as <Param name> renders it (in Swedish unless the
 * English checklist asks), `{name:words}` → as <Param name words> does,
 * `{readOn}` → the day the sources were read.
 */
import { paramText } from '../../../src/components/content/param-text.ts';
import { formatDate } from '../../../src/i18n/format.ts';
import type { Locale } from '../../../src/i18n/locales.ts';
import { parameters, SOURCES_READ_ON, type ParameterKey } from '../../../src/rules/params/index.ts';

const isParameterKey = (name: string): name is ParameterKey => Object.hasOwn(parameters, name);

export function expandPhrase(phrase: string, locale: Locale = 'sv'): string {
  return phrase.replace(/\{(\w+)(:words)?\}/g, (_whole, name: string, words?: string) => {
    if (name === 'readOn') return formatDate(SOURCES_READ_ON, locale);
    if (!isParameterKey(name)) throw new Error(`checklist phrase names no parameter: {${name}}`);
    return paramText(name, locale, { words: words !== undefined });
  });
}
