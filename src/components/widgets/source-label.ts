/**
 * A source as a widget's "Source:" line says it: the administrator's page (its
 * title, utbyten.se, the day it was read) or, for a fact beyond the seed texts,
 * where it was read, and whether it needs the "check the current call" note
 * (every secondary fact does). The words come from src/i18n/ui/source-words.ts,
 * the one place that words a source for the whole site.
 */
import type { Locale } from '../../i18n/locales.ts';
import { sourceWords } from '../../i18n/ui/source-words.ts';
import type { KitStrings } from '../../i18n/widgets/kit.ts';
import type { Source } from '../../rules/source.ts';

import type { SourceLabel } from '../../islands/kit/types.ts';

export type { SourceLabel };

/** The language of a set of kit strings (the widgets pass the strings, not the locale). */
const localeOf = (t: KitStrings): Locale => (t.source === 'Källa' ? 'sv' : 'en');

export function sourceLabel(source: Source, t: KitStrings): SourceLabel {
  const words = sourceWords(source, localeOf(t));
  return { text: words.text, checkCurrentCall: words.checkCurrentCall };
}
