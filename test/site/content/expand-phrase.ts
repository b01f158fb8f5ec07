/**
 * Checklist phrases name parameters instead of typing their values:
 * `{name}` → the value as <Param name> renders it in Swedish, `{name:words}` →
 * as <Param name words> does, `{readOn}` → the day the sources were read.
 */
import { paramText } from '../../../src/components/content/param-text.ts';
import { formatDate } from '../../../src/i18n/format.ts';
import { parameters, SOURCES_READ_ON, type ParameterKey } from '../../../src/rules/params/index.ts';

const isParameterKey = (name: string): name is ParameterKey => Object.hasOwn(parameters, name);

export function expandPhrase(phrase: string): string {
  return phrase.replace(/\{(\w+)(:words)?\}/g, (_whole, name: string, words?: string) => {
    if (name === 'readOn') return formatDate(SOURCES_READ_ON, 'sv');
    if (!isParameterKey(name)) throw new Error(`checklist phrase names no parameter: {${name}}`);
    return paramText(name, 'sv', { words: words !== undefined });
  });
}
